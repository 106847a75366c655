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

    public Result Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs rdsim with extra environment variables (e.g. a heap limit).</summary>
    public Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rdsim {string.Join(' ', args)} did not finish in 3 minutes.");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts rdsim without waiting, for tests that interrupt it.</summary>
    public Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    private Process Start(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rdsim.dll"));
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
