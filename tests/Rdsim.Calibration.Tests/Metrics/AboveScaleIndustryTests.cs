using Rdsim.Calibration.Metrics;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Metrics;

/// <summary>
/// China's industrial statistics (规模以上工业) count manufacturing firms above 5 mn CNY of revenue to 2010 and above 20 mn from
/// 2011: the national targets' industrial figures are compared with every manufacturing firm to 2010 and with the medium and
/// large ones from 2011, read from the run's exact aggregates.
/// </summary>
public class AboveScaleIndustryTests
{
    private static readonly Lazy<(Reporting.Results.RunResult Run, IReadOnlyDictionary<(int, int), ReportedYear> Years)> Run = new(() =>
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml")).With(
        [
            ScenarioChange.Set("population.firms", 1500), ScenarioChange.Set("simulation.firstYear", 2009),
            ScenarioChange.Set("simulation.lastYear", 2012), ScenarioChange.Set("simulation.replications", 1),
        ]);
        var run = Simulator.Run(scenario).GetAwaiter().GetResult();
        return (run, ReportedYears.Of(run));
    });

    private static YearBreakdown Scenario(int year) => Run.Value.Run.Simulation!.Replicates[0].Years.Single(y => y.Year == year).Scenario;

    [Fact]
    public void To_2010_every_manufacturing_firm_counts_from_2011_only_those_with_20_mn_CNY_of_revenue_or_more()
    {
        var share = MetricCatalog.Find("above_scale_industrial_firms_with_rd_share")!;
        var rd = MetricCatalog.Find("above_scale_industrial_rd")!;
        var manufacturing = Sectors.All.Where(s => s.IsManufacturing).Select(s => s.Id).ToArray();

        var y2010 = Scenario(2010);
        long Sum2010(CountMetric m) => manufacturing.Sum(id => y2010.BySector[id][m]);
        Assert.Equal((double)Sum2010(CountMetric.RdPerformers) / Sum2010(CountMetric.Firms), share.Of(Run.Value.Years[(0, 2010)]), 12);
        Assert.Equal(manufacturing.Sum(id => y2010.BySector[id][SumMetric.RealRd].Value), rd.Of(Run.Value.Years[(0, 2010)]), 6);

        var y2011 = Scenario(2011);
        YearAggregate[] above = [y2011.ManufacturingBySize[(int)SizeClass.Medium], y2011.ManufacturingBySize[(int)SizeClass.Large]];
        Assert.Equal((double)above.Sum(a => a[CountMetric.RdPerformers]) / above.Sum(a => a[CountMetric.Firms]), share.Of(Run.Value.Years[(0, 2011)]), 12);
        Assert.Equal(above.Sum(a => a[SumMetric.RealRd].Value), rd.Of(Run.Value.Years[(0, 2011)]), 6);

        // The line matters in this population: there are manufacturing firms below 20 mn CNY, and they do less R&D.
        var belowLine = y2011.ManufacturingBySize[(int)SizeClass.Small][CountMetric.Firms] + y2011.ManufacturingBySize[(int)SizeClass.Micro][CountMetric.Firms];
        Assert.True(belowLine > 0, "no manufacturing firm below 20 mn CNY in 2011");
        Assert.True(rd.Of(Run.Value.Years[(0, 2011)]) < manufacturing.Sum(id => y2011.BySector[id][SumMetric.RealRd].Value));
    }

    [Fact]
    public void Manufacturing_by_size_class_adds_up_to_the_manufacturing_sectors()
    {
        var y = Scenario(2012);
        var manufacturing = Sectors.All.Where(s => s.IsManufacturing).Select(s => s.Id).ToArray();
        Assert.Equal(manufacturing.Sum(id => y.BySector[id][CountMetric.Firms]), y.ManufacturingBySize.Sum(a => a[CountMetric.Firms]));
        Assert.Equal(manufacturing.Sum(id => y.BySector[id][SumMetric.RealRd].Value), y.ManufacturingBySize.Sum(a => a[SumMetric.RealRd].Value), 6);
    }
}
