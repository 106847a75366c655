using Rdsim.Reporting.Sweeps;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Sweeps;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Sweeps;

/// <summary>
/// A sweep's folder: a file per finished point, <c>sweep.csv</c> assembled from them in grid order, and summaries read back
/// from it equal to those of the results in memory (what a resumed sweep draws from).
/// </summary>
public sealed class SweepFolderTests : IDisposable
{
    private readonly TempFolder _temp = new("rdsim-sweep-");

    public void Dispose() => _temp.Dispose();

    private static SweepGrid Grid => SmallRuns.DeductionGrid;

    private void WriteEveryPoint()
    {
        var sweep = SmallRuns.DeductionSweep;
        for (var i = 0; i < Grid.Points.Count; i++) SweepFolder.WritePoint(_temp.Path, Grid, i, sweep.Points[i]);
    }

    [Fact]
    public void Summaries_read_from_the_assembled_file_are_those_of_the_results_in_memory()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, SweepFolder.PointsFolder));
        WriteEveryPoint();
        SweepFolder.Assemble(_temp.Path, Grid.Points.Count);

        var stored = SweepFolder.Summaries(_temp.Path, Grid);

        var inMemory = SmallRuns.DeductionSweep.Summaries;
        Assert.Equal(inMemory.Select(s => (s.Point, s.InducedRealRd, s.RevenueForgone)), stored.Select(s => (s.Point, s.InducedRealRd, s.RevenueForgone)));
        Assert.Equal(inMemory.Select(s => s.Values), stored.Select(s => s.Values));
        Assert.Equal(["0.5"], stored[0].Values);
        Assert.NotEqual(stored[0].RevenueForgone, stored[1].RevenueForgone);
    }

    [Fact]
    public void A_sweep_stopped_while_it_assembles_loses_what_it_made_from_its_points_and_keeps_them()
    {
        // Ctrl+C while the charts were drawn left sweep.csv gone but half the charts there.
        using (var folder = OutputFolder.Open(_temp.Path, new OutputOptions { Option = "--out", Kind = FolderKind.Sweep }))
        {
            Directory.CreateDirectory(Path.Combine(_temp.Path, SweepFolder.PointsFolder));
            WriteEveryPoint();
            SweepFolder.Assemble(_temp.Path, Grid.Points.Count);
            SweepFolder.WriteWorkbook(_temp.Path, Grid);
            Directory.CreateDirectory(Path.Combine(_temp.Path, "charts"));
            AtomicFile.WriteText(Path.Combine(_temp.Path, "charts", "frontier.svg"), "<svg/>");

            SweepFolder.DeleteAssembled(folder);
        }

        Assert.Equal(["points"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Where(n => n != OutputFolder.StateFolder));
        Assert.Equal(Grid.Points.Count, Directory.GetFiles(Path.Combine(_temp.Path, SweepFolder.PointsFolder)).Length);
    }

    [Fact]
    public void The_assembled_file_is_the_points_one_after_another_under_one_header()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, SweepFolder.PointsFolder));
        WriteEveryPoint();

        var lines = File.ReadAllLines(SweepFolder.Assemble(_temp.Path, Grid.Points.Count));

        var header = string.Join(',', SweepFolder.Columns(Grid).Select(c => c.Name));
        Assert.Equal(header, lines[0]);
        Assert.StartsWith("point,superDeduction.extraRate,scenario,replicate,", header);
        var rows = SmallRuns.DeductionSweep.Points[0].YearsTable.Count;
        Assert.Equal(1 + 2 * rows, lines.Length);
        Assert.All(lines.Skip(1).Take(rows), l => Assert.StartsWith("0,0.5,", l));
        Assert.All(lines.Skip(1 + rows), l => Assert.StartsWith("1,1,", l));
        Assert.Equal(File.ReadAllLines(SweepFolder.PointFile(_temp.Path, 1)).Skip(1), lines.Skip(1 + rows));
    }

    [Fact]
    public void The_manifest_reads_back_as_written_and_a_damaged_one_is_refused()
    {
        Assert.Null(SweepFolder.ReadManifest(_temp.Path));
        var hash = SweepFolder.GridHash("base-hash", Grid.Specs);
        var manifest = new SweepManifest("rdsim", "0.1.0", "base.yaml", "base-hash", Grid.Specs, Grid.Points.Count, hash, "rdsim sweep base.yaml");

        SweepFolder.WriteManifest(_temp.Path, manifest);
        var read = SweepFolder.ReadManifest(_temp.Path)!;

        Assert.Equal(manifest with { Vary = read.Vary }, read);
        Assert.Equal(Grid.Specs.Select(s => s.ToString()), read.Vary.Select(s => s.ToString()));
        Assert.False(SweepFolder.HasPoints(_temp.Path));
        File.WriteAllText(Path.Combine(_temp.Path, SweepFolder.ManifestFile), "{ not json");
        Assert.Throws<InputException>(() => SweepFolder.ReadManifest(_temp.Path));
    }

    [Fact]
    public void The_grid_hash_changes_with_the_base_and_with_any_swept_value()
    {
        var hash = SweepFolder.GridHash("a", Grid.Specs);

        Assert.Equal(hash, SweepFolder.GridHash("a", [VarySpec.Of("superDeduction.extraRate", ["0.5", "1"])]));
        Assert.NotEqual(hash, SweepFolder.GridHash("b", Grid.Specs));
        Assert.NotEqual(hash, SweepFolder.GridHash("a", [VarySpec.Of("superDeduction.extraRate", ["0.5", "1.5"])]));
        Assert.Equal(64, hash.Length);
    }
}
