using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// Files that are not regular files — devices that never end (<c>/dev/zero</c>, <c>/dev/urandom</c>), an empty one
/// (<c>/dev/null</c>), a named pipe nobody writes to, a folder, <c>/proc/self/mem</c> — in every place rdsim reads a file:
/// the scenario, <c>extends:</c>, <c>population.from</c>, <c>--targets</c> and a sweep file. Each once hung until killed,
/// filled memory or printed the exception's text.
/// </summary>
internal static class SpecialFileInputs
{
    public static Gen<HostileCase> Cases { get; } =
        from target in Gen.Elements("/dev/zero", "/dev/urandom", "/dev/null", "a named pipe", "a folder", "/proc/self/mem")
        from role in Gen.Elements("the scenario", "extends:", "population.from", "--targets", "a sweep file")
        select new HostileCase($"{target} as {role}", folder => Arguments(folder, Make(folder, target), role));

    /// <summary>The file the case names: a system path, or a pipe or folder made in the scratch folder.</summary>
    private static string Make(string folder, string target)
    {
        switch (target)
        {
            case "a named pipe":
                var pipe = Path.Combine(folder, "pipe");
                using (var mkfifo = Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
                return pipe;
            case "a folder":
                return Directory.CreateDirectory(Path.Combine(folder, "folder")).FullName;
            default:
                return target;
        }
    }

    /// <summary>The rdsim command that reads <paramref name="path"/> in <paramref name="role"/>.</summary>
    public static string[] Arguments(string folder, string path, string role) => role switch
    {
        "extends:" => ["validate", HostileCase.Write(folder, "reform.yaml", $"extends: \"{path}\"\nhnte:\n  rate: 0.1\n")],
        "population.from" => ["validate", HostileCase.Write(folder, "pop.yaml", $"extends: {HostileCase.China}\npopulation:\n  from: \"{path}\"\n")],
        "--targets" => ["calibrate", HostileCase.China, "--targets", path, "--max-evaluations", "0", "--out", "cal"],
        "a sweep file" => ["sweep", path, "--no-charts", "--out", "sweep"],
        _ => ["validate", path],
    };
}
