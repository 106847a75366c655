using System.Diagnostics;

namespace Rdsim.Cli.Tests;

/// <summary>Runs the rdsim command as a user would: a separate process, in a scratch folder.</summary>
internal sealed class Rdsim : IDisposable
{
    public Rdsim()
    {
        Folder = Directory.CreateTempSubdirectory("rdsim-e2e-").FullName;
    }

    /// <summary>The scratch folder the command runs in.</summary>
    public string Folder { get; }

    /// <summary>The repository's scenarios folder.</summary>
    public static string Scenarios { get; } = Path.Combine(RepositoryRoot(), "scenarios");

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string All => Out + Error;
    }

    /// <summary>Environment variables set for every rdsim started (e.g. HOME, TMPDIR).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>The command that starts rdsim with <paramref name="args"/>, quoted for a POSIX shell.</summary>
    public static string ShellCommand(params string[] args) =>
        string.Join(' ', ((string[])["dotnet", RdsimDll, .. args]).Select(a => "'" + a.Replace("'", "'\\''") + "'"));

    private static string RdsimDll => Path.Combine(AppContext.BaseDirectory, "rdsim.dll");

    public Result Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs rdsim with extra environment variables (e.g. a heap limit), on top of <see cref="Environment"/>.</summary>
    public Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = StartProgram("dotnet", [RdsimDll, .. args], environment);
        return Wait(process, string.Join(' ', args));
    }

    /// <summary>Runs a POSIX shell script (for rdsim in a mount namespace or a process group of its own) in the scratch folder.</summary>
    public Result Shell(string script)
    {
        using var process = StartProgram("sh", ["-c", script]);
        return Wait(process, script);
    }

    private static Result Wait(System.Diagnostics.Process process, string what)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish in 3 minutes.");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts rdsim without waiting, for tests that interrupt it.</summary>
    public Process Start(params string[] args) => StartProgram("dotnet", [RdsimDll, .. args]);

    /// <summary>Starts rdsim as the leader of a new session and process group (as a shell starts a job), for tests that signal the group as a terminal does.</summary>
    public Process StartInOwnGroup(params string[] args) => StartProgram("setsid", ["dotnet", RdsimDll, .. args]);

    private Process StartProgram(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in Environment) start.Environment[name] = value;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Everything in the scratch folder except the files the test wrote itself.</summary>
    public IReadOnlyList<string> Written(params string[] except) =>
        Directory.EnumerateFileSystemEntries(Folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Folder, p)).Where(p => !except.Contains(p)).ToList();

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found above the test folder.");
    }
}
