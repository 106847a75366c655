using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Tests.Populations;

namespace Rdsim.Scenarios.Tests.IO;

/// <summary>The rules of <see cref="OutputFolder"/>: what rdsim may delete, one writer, nothing left by a failure.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private OutputFolder Open(string name = "out", bool force = false, params string[] willWrite) =>
        OutputFolder.Open(_dir.File(name), new OutputOptions { Option = "--out", Kind = FolderKind.Run, WillWrite = willWrite, Force = force });

    [Fact]
    public void A_file_is_rdsims_exactly_while_its_content_is_what_rdsim_wrote()
    {
        using (var folder = Open())
        {
            AtomicFile.WriteText(Path.Combine(folder.Path, "a.csv"), "rdsim's\n");
            File.WriteAllText(Path.Combine(folder.Path, "mine.csv"), "the analyst's\n");
            Assert.True(folder.Owns("a.csv"));
            Assert.False(folder.Owns("mine.csv"));
            Assert.Equal(["a.csv"], folder.Written.Select(f => f.Path));
        }
        File.AppendAllText(_dir.File("out/a.csv"), "edited\n");
        AtomicFile.WriteText(_dir.File("out/b.csv"), "rdsim's too\n");   // no folder open: written, but not on the ledger
        using var again = Open();
        Assert.False(again.Owns("a.csv"));
        Assert.Empty(again.DeleteOwned(_ => true));
        Assert.True(File.Exists(_dir.File("out/a.csv")) && File.Exists(_dir.File("out/b.csv")) && File.Exists(_dir.File("out/mine.csv")));
    }

    [Fact]
    public void Only_files_rdsim_wrote_are_deleted_and_folders_left_empty_go_with_them()
    {
        using var folder = Open();
        Directory.CreateDirectory(Path.Combine(folder.Path, "charts"));
        AtomicFile.WriteText(Path.Combine(folder.Path, "charts", "x.svg"), "<svg/>");
        AtomicFile.WriteText(Path.Combine(folder.Path, "keep.csv"), "1\n");
        Assert.Equal(["charts/x.svg"], folder.DeleteOwned(f => f.StartsWith("charts/", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "charts")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "keep.csv")));
    }

    [Fact]
    public void Nothing_is_written_through_a_symbolic_link()
    {
        var elsewhere = Directory.CreateDirectory(_dir.File("elsewhere")).FullName;
        using var folder = Open();
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "charts"), elsewhere);
        var e = Assert.Throws<OutputWriteException>(() => AtomicFile.WriteText(Path.Combine(folder.Path, "charts", "x.svg"), "<svg/>"));
        Assert.Contains("symbolic link", e.Message);
        Assert.Empty(Directory.GetFiles(elsewhere));
    }

    [Fact]
    public void A_second_writer_is_refused_while_the_first_holds_the_folder()
    {
        using var first = Open();
        var e = Assert.Throws<InputException>(() => Open());
        Assert.Contains($"another rdsim is writing this folder (PID {Environment.ProcessId} on ", e.Message);
        first.Dispose();
        using var second = Open();
    }

    [Fact]
    public void A_failure_before_anything_was_written_leaves_no_folder_behind()
    {
        Open().Dispose();
        Assert.False(Directory.Exists(_dir.File("out")));
        Directory.CreateDirectory(_dir.File("mine"));
        File.WriteAllText(_dir.File("mine/notes.txt"), "x");
        Assert.Throws<InputException>(() => Open("mine"));
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_dir.File("mine")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_discarded_folder_loses_every_file_rdsim_wrote_and_goes_when_it_was_rdsims_and_nothing_else_is_left()
    {
        // What compare does on Ctrl+C: a folder it created goes whole, its state with it.
        var created = Open();
        Directory.CreateDirectory(Path.Combine(created.Path, "charts"));
        AtomicFile.WriteText(Path.Combine(created.Path, "charts", "x.svg"), "<svg/>");
        created.Discard();
        Assert.False(Directory.Exists(_dir.File("out")));

        // One written before (an earlier comparison's, being replaced) goes too; what rdsim did not write stays, and so does the folder.
        using (var earlier = Open()) AtomicFile.WriteText(Path.Combine(earlier.Path, "a.csv"), "1\n");
        Open().Discard();
        Assert.False(Directory.Exists(_dir.File("out")));
        using (var earlier = Open()) AtomicFile.WriteText(Path.Combine(earlier.Path, "a.csv"), "1\n");
        File.WriteAllText(_dir.File("out/notes.txt"), "the analyst's\n");
        Open().Discard();
        Assert.Equal(["notes.txt"], Directory.GetFiles(_dir.File("out")).Select(Path.GetFileName));

        // A folder made empty for rdsim stays, empty.
        Directory.CreateDirectory(_dir.File("mine"));
        var mine = Open("mine");
        AtomicFile.WriteText(Path.Combine(mine.Path, "a.csv"), "1\n");
        mine.Discard();
        Assert.Empty(Directory.GetFileSystemEntries(_dir.File("mine")));
    }

    [Fact]
    public void A_file_rdsim_would_replace_but_did_not_write_is_refused_unless_forced()
    {
        Directory.CreateDirectory(_dir.File("out"));
        using (var folder = Open()) AtomicFile.WriteText(Path.Combine(folder.Path, "a.csv"), "1\n");
        File.WriteAllText(_dir.File("out/years.csv"), "the analyst's\n");
        var e = Assert.Throws<InputException>(() => Open("out", false, "years.csv", "a.csv"));
        Assert.Contains("years.csv was not written by rdsim or changed since", e.Message);
        using var forced = Open("out", true, "years.csv", "a.csv");
        Assert.True(forced.Replace("years.csv"));
    }

    private OutputFolder OpenFor(FolderKind kind, bool force = false) =>
        OutputFolder.Open(_dir.File("out"), new OutputOptions { Option = "--out", Kind = kind, Force = force });

    [Fact]
    public void A_folder_holding_another_commands_results_is_refused_even_with_force_and_nothing_is_touched()
    {
        using (var compare = OpenFor(FolderKind.Compare))
        {
            Directory.CreateDirectory(Path.Combine(compare.Path, "charts"));
            AtomicFile.WriteText(Path.Combine(compare.Path, "charts", "compare_real_rd.svg"), "<svg/>");
        }
        foreach (var force in new[] { false, true })
        {
            var e = Assert.Throws<InputException>(() => OpenFor(FolderKind.Run, force));
            Assert.Contains("it holds a comparison (rdsim compare), not a run", e.Message);
            Assert.Contains("even with --force; give another --out", e.Message);
        }
        Assert.True(File.Exists(_dir.File("out/charts/compare_real_rd.svg")));
        Assert.Equal("compare\n", File.ReadAllText(_dir.File("out/.rdsim/kind")));
        using var again = OpenFor(FolderKind.Compare);   // its own command may write there again
    }

    [Fact]
    public void The_kind_counts_while_the_folder_holds_anything_and_a_folder_from_before_the_record_is_known_by_its_files()
    {
        using (var run = OpenFor(FolderKind.Run)) AtomicFile.WriteText(Path.Combine(run.Path, "years.csv"), "1\n");
        File.Delete(_dir.File("out/years.csv"));
        using (var sweep = OpenFor(FolderKind.Sweep))
        {
            Directory.CreateDirectory(Path.Combine(sweep.Path, "points"));
            AtomicFile.WriteText(Path.Combine(sweep.Path, "points", "0.csv"), "1\n");
        }
        Assert.Same(FolderKind.Sweep, FolderKind.Held(_dir.File("out")));

        File.Delete(_dir.File("out/.rdsim/kind"));
        Assert.Null(FolderKind.Held(_dir.File("out")));
        File.WriteAllText(_dir.File("out/sweep.json"), "{}");
        Assert.Same(FolderKind.Sweep, FolderKind.Held(_dir.File("out")));
        Assert.Contains("it holds a parameter sweep (rdsim sweep), not a calibration", Assert.Throws<InputException>(() => OpenFor(FolderKind.Calibration, force: true)).Message);
    }
}
