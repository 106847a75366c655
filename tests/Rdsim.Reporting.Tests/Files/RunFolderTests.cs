using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Files;

/// <summary>
/// The run folder is the stored form of a run's results: loading what was saved gives the same cells, saving what was
/// loaded writes the same bytes, and the manifest, written last, lists every file with its hash.
/// </summary>
public sealed class RunFolderTests : IDisposable
{
    private readonly TempFolder _temp = new("rdsim-runfolder-");

    public void Dispose() => _temp.Dispose();

    private static readonly string[] Tables = [RunFolder.YearsFile, RunFolder.GroupsFile, RunFolder.HistogramFile, RunFolder.BunchingFile];

    [Fact]
    public void Loading_a_saved_run_gives_every_table_cell_for_cell()
    {
        var run = SmallRuns.ChinaResult;

        var loaded = SaveAndLoad(run, _temp.File("run"));

        Assert.Null(loaded.Simulation);
        SameCells(run.YearsTable, loaded.YearsTable);
        SameCells(run.Groups, loaded.Groups);
        SameCells(run.Histograms, loaded.Histograms);
        SameCells(run.Bunching, loaded.Bunching);
        Assert.Equal(run.Thresholds, loaded.Thresholds);
        Assert.Equal(run.LastHistogram.Year, loaded.LastHistogram.Year);
    }

    [Fact]
    public void Saving_a_loaded_run_writes_the_same_bytes()
    {
        var (first, second) = (_temp.File("first"), _temp.File("second"));
        var loaded = SaveAndLoad(SmallRuns.ChinaResult, first);

        SaveAndLoad(loaded, second);

        Assert.All(Tables, file => Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file))));
    }

    [Fact]
    public void The_manifest_is_the_runs_with_every_file_and_its_hash_and_a_seal_that_holds()
    {
        var path = _temp.File("run");
        var run = SmallRuns.ChinaResult;
        SaveAndLoad(run, path);

        var (manifest, text) = ManifestReader.Read(path);

        Assert.True(ManifestSeal.Holds(text));
        Assert.Equal(Tables.Append(RunFolder.WorkbookFile).Order(StringComparer.Ordinal), manifest.Files.Select(f => f.Path));
        Assert.All(manifest.Files, f => Assert.Equal(FileHash.Sha256(Path.Combine(path, f.Path)), f.Sha256));
        Assert.Equal(run.Manifest.ResultFingerprint, manifest.ResultFingerprint);
        Assert.Equal(run.Manifest.ReplicateSeeds, manifest.ReplicateSeeds);
        Assert.Equal(run.Manifest.Scenario.Parameters, manifest.Scenario.Parameters);
        Assert.Equal((run.Manifest.FirstYear, run.Manifest.LastYear, run.Manifest.Firms), (manifest.FirstYear, manifest.LastYear, manifest.Firms));
    }

    [Fact]
    public void A_save_cancelled_before_the_manifest_leaves_a_folder_without_one()
    {
        var path = _temp.File("run");
        using var cancel = new CancellationTokenSource();
        using (var folder = Open(path))
        {
            // Cancelled while drawing, after every table is written: the manifest, written last, must not be.
            Assert.Throws<OperationCanceledException>(() => RunFolder.Save(folder, SmallRuns.ChinaResult, render: _ => cancel.Cancel(), cancellationToken: cancel.Token));
        }

        Assert.All(Tables, file => Assert.True(File.Exists(Path.Combine(path, file)), file));
        Assert.False(File.Exists(Path.Combine(path, RunFolder.ManifestFile)));
        Assert.Throws<InputException>(() => ManifestReader.Read(path));
    }

    [Fact]
    public void A_table_missing_from_the_folder_is_named_when_it_is_first_read()
    {
        var path = _temp.File("run");
        var loaded = SaveAndLoad(SmallRuns.ChinaResult, path);
        File.Delete(Path.Combine(path, RunFolder.GroupsFile));

        var error = Assert.Throws<InputException>(() => loaded.Groups.Count);

        Assert.Contains(RunFolder.GroupsFile, error.Message);
        Assert.Contains("the file is missing", error.Message);
        Assert.Equal(SmallRuns.ChinaResult.YearsTable.Count, loaded.YearsTable.Count);
    }

    [Fact]
    public void A_run_writes_its_tables_the_manifest_and_what_is_drawn_and_nothing_else()
    {
        Assert.Equal([RunFolder.ManifestFile, .. Tables, RunFolder.WorkbookFile, "brief.html", "brief.pdf"], RunFolder.Outputs(charts: false, panel: false, ChartLanguage.En));
        Assert.Equal([RunFolder.ManifestFile, .. Tables, RunFolder.WorkbookFile, "brief.zh.html", "brief.zh.pdf"], RunFolder.Outputs(charts: false, panel: false, ChartLanguage.Zh));
        Assert.Contains("firms.parquet", RunFolder.Outputs(charts: false, panel: true, ChartLanguage.En));
        Assert.All(RunFolder.Outputs(charts: true, panel: false, ChartLanguage.Zh).Skip(1 + Tables.Length), f => Assert.True(RunFolder.IsRendered(f), f));
        Assert.All(Tables, f => Assert.False(RunFolder.IsRendered(f), f));
    }

    [Fact]
    public void A_redraw_in_one_language_draws_everything_again_but_the_brief_in_the_other()
    {
        // Before, report --lang zh wrote its brief over the English one: the two briefs now have names of their own, and a redraw keeps the other's.
        Assert.All(RunFolder.Rendered(charts: true, ChartLanguage.Zh), f => Assert.True(RunFolder.IsRedrawn(f, ChartLanguage.Zh), f));
        Assert.False(RunFolder.IsRedrawn("brief.html", ChartLanguage.Zh));
        Assert.False(RunFolder.IsRedrawn("brief.pdf", ChartLanguage.Zh));
        Assert.False(RunFolder.IsRedrawn("brief.zh.html", ChartLanguage.En));
        Assert.True(RunFolder.IsRedrawn("brief.html", ChartLanguage.En));
        Assert.True(RunFolder.IsRendered("brief.zh.pdf"));   // a rerun removes it with the rest: its results are gone
        Assert.Equal("brief.zh.pdf", BriefFiles.Pdf(ChartLanguage.Zh));
    }

    private static OutputFolder Open(string path) =>
        OutputFolder.Open(path, new OutputOptions { Option = "--out", Kind = FolderKind.Run, WillWrite = RunFolder.Outputs(charts: false, panel: false, ChartLanguage.En) });

    private static RunResult SaveAndLoad(RunResult run, string path)
    {
        using (var folder = Open(path)) RunFolder.Save(folder, run);
        return RunFolder.Load(path, ManifestReader.Read(path).Manifest);
    }

    private static void SameCells<TRow>(ResultTable<TRow> expected, ResultTable<TRow> actual)
    {
        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var column in expected.Columns)
        {
            for (var row = 0; row < expected.Count; row++)
            {
                if (expected.Format(column, row) != actual.Format(column, row))
                    Assert.Fail($"{column.Name}, row {row}: {expected.Format(column, row)} saved, {actual.Format(column, row)} loaded");
            }
        }
    }
}
