using Parquet.Serialization;
using Rdsim.Model.Aggregation;
using Rdsim.Reporting.Panel;
using Rdsim.Reporting.Results;
using Rdsim.Runs;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Panel;

/// <summary><c>firms.parquet</c>: a row for every active firm in each world, replicate and reported year, adding up to the run's totals.</summary>
public sealed class FirmPanelTests
{
    private static readonly Lazy<(FirmPanel Panel, RunResult Run)> Observed = new(() =>
    {
        FirmPanel? panel = null;
        var run = Simulator.Run(SmallRuns.China(), new RunOptions { Observer = population => panel = new FirmPanel(population) }).GetAwaiter().GetResult();
        return (panel!, run);
    });

    [Fact]
    public void Each_reported_year_world_and_replicate_has_a_row_per_active_firm_summing_to_the_runs_totals()
    {
        var (panel, run) = Observed.Value;

        foreach (var replicate in run.Simulation!.Replicates)
        {
            foreach (var year in replicate.Years)
            {
                foreach (var (world, totals) in new[] { ("scenario", year.Scenario.Total), ("counterfactual", year.Counterfactual.Total) })
                {
                    var rows = panel.Rows.Where(r => r.Replicate == replicate.Replicate && r.Year == year.Year && r.World == world).ToList();
                    Assert.Equal(totals[CountMetric.Firms], rows.Count);
                    Assert.Equal(totals[CountMetric.HnteFirms], rows.Count(r => r.IsHnte));
                    Assert.Equal(totals[SumMetric.RealRd].Value, rows.Sum(r => r.RealRd), 1e-9 * Math.Max(1, totals[SumMetric.RealRd].Value));
                }
            }
        }
        Assert.Equal([2008, 2009, 2010, 2011], panel.Rows.Select(r => r.Year).Distinct());
        Assert.DoesNotContain(panel.Rows, r => r.World == "counterfactual" && (r.IsHnte || r.IsClaimant));
    }

    [Fact]
    public async Task The_written_file_reads_back_row_for_row()
    {
        var panel = Observed.Value.Panel;
        using var temp = new TempFolder();

        panel.Write(temp.File(FirmPanel.File));
        var read = (await ParquetSerializer.DeserializeAsync<PanelRow>(temp.File(FirmPanel.File))).Data;

        Assert.Equal(panel.Rows.Count, read.Count);
        Assert.Equal(panel.Rows.Select(r => (r.FirmId, r.Name, r.Sector, r.Year, r.World, r.RealRd, r.Tax)), read.Select(r => (r.FirmId, r.Name, r.Sector, r.Year, r.World, r.RealRd, r.Tax)));
    }

    [Fact]
    public void Observing_the_firms_does_not_change_the_results()
    {
        Assert.Equal(SmallRuns.ChinaResult.Manifest.ResultFingerprint, Observed.Value.Run.Manifest.ResultFingerprint);
    }
}
