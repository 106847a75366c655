using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #18 (the part owned with #12): an output path that cannot be used is found before anything is simulated, and
/// named with the cause (exit 2); an I/O fault while writing is one line naming the file and the cause (exit 1), with
/// nothing left that looks complete. Before: each of these was found only after the whole run, with the runtime's text.
/// </summary>
public class OutputPathTests
{
    private static readonly string LongName = new('n', 300);

    public static TheoryData<string, string> Unusable() => new()
    {
        { "/proc/rdsim-out", "/proc is a kernel folder, not a place for files" },
        { "/sys/rdsim-out", "/sys is a kernel folder, not a place for files" },
        { "/dev/null/x", "/dev is a kernel folder, not a place for files" },
        { "", "the path is empty" },
        { LongName, "bytes; file systems allow 255" },
        { "notes.txt/out", "is a file, not a folder" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void An_unusable_out_is_refused_before_anything_runs_for_every_verb(string path, string cause)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("notes.txt", "a file");
        rdsim.Write("targets.csv", "metric,value,unit,year,source_phrase\nclaimants,40,firms,2018,made up\n");
        string[][] commands =
        [
            ["run", Small.China, .. Small.Set(), "--engine", "reference", "--out", path],
            ["compare", Small.China, Small.NoIncentives, .. Small.Set(), "--out", path],
            ["sweep", Small.China, .. Small.Set(), "--vary", "hnte.rate=0.1,0.2", "--out", path],
            ["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--max-evaluations", "2", "--out", path],
            ["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--max-evaluations", "2", "--out", "fit", "--fitted", path.Length == 0 ? "" : path + ".yaml"],
            ["population", Small.China, "--out", path.Length == 0 ? "" : path + ".csv"],
        ];
        foreach (var command in commands)
        {
            var result = rdsim.Run(command);
            Assert.True(result.ExitCode == 2, $"{string.Join(' ', command)}: {result.All}");
            Assert.Contains("cannot write results here: ", result.Error);
            Assert.Contains(cause, result.Error);
            Assert.DoesNotContain("replicate(s)", result.Error);   // nothing was simulated first
            Assert.DoesNotContain("Fitting", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        Assert.Equal(["notes.txt", "targets.csv"], rdsim.Written().Order());
    }

    [Fact]
    public void A_read_only_folder_is_refused_before_anything_runs()
    {
        using var rdsim = new Rdsim();
        var readOnly = Path.Combine(rdsim.Folder, "ro");
        Directory.CreateDirectory(readOnly);
        // As root a folder's mode bars nothing, so a read-only file system is mounted there, in a mount namespace of rdsim's own.
        string[] run = ["run", Small.China, .. Small.Set(), "--engine", "reference", "--out", Path.Combine(readOnly, "out")];
        Rdsim.Result result;
        if (Environment.IsPrivilegedProcess)
        {
            result = rdsim.Shell($"unshare --mount --propagation private sh -c \"mount -t tmpfs -o ro tmpfs '{readOnly}' && exec {Rdsim.ShellCommand(run).Replace("\"", "\\\"")}\"");
        }
        else
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            result = rdsim.Run(run);
        }
        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains(Environment.IsPrivilegedProcess ? "the folder cannot be created: read-only file system" : "the folder cannot be created: permission denied", result.Error);
        Assert.DoesNotContain("replicate(s)", result.Error);
    }

    [Fact]
    public void A_full_disk_while_writing_is_one_line_naming_the_file_exit_1_and_no_manifest()
    {
        Assert.True(Environment.IsPrivilegedProcess, "This test mounts a small file system (as root; CI runs as root).");
        using var rdsim = new Rdsim();
        var disk = Directory.CreateDirectory(Path.Combine(rdsim.Folder, "disk")).FullName;
        string[] run = ["run", Small.China, .. Small.Set(), "--engine", "reference", "--out", Path.Combine(disk, "out")];
        // 96 KiB: room for rdsim's lock and ledger and the first tables, not for every result.
        var result = rdsim.Shell($"unshare --mount --propagation private sh -c \"mount -t tmpfs -o size=96k tmpfs '{disk}' && {Rdsim.ShellCommand(run).Replace("\"", "\\\"")}; " +
            $"code=\\$?; ls -A '{disk}/out' > '{rdsim.Folder}/left.txt'; exit \\$code\"");
        Assert.True(result.ExitCode == 1, result.All);
        var error = result.Error.Trim().Split('\n')[^1];
        Assert.Matches($"^Could not write {disk}/out/[a-z_./]+: no space left on the device\\. The results were not completed, and the folder is not marked complete\\.$", error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("manifest.json", File.ReadAllText(Path.Combine(rdsim.Folder, "left.txt")));
    }
}
