using Rdsim.Reporting.Charts;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Charts;

/// <summary>The who-benefits chart of a run in which no firm received relief: a note, not empty bars beside arbitrary regions.</summary>
public sealed class WhoBenefitsChartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdsim-who-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public async Task Without_relief_the_chart_says_so_and_ranks_no_groups(ChartLanguage language)
    {
        var run = await Simulator.Run(ScenarioLoader.Load(Path.Combine(SmallRuns.Root, "scenarios", "no-incentives.yaml")).With(
        [
            ScenarioChange.Set("population.firms", 100), ScenarioChange.Set("simulation.lastYear", 2010),
            ScenarioChange.Set("simulation.replications", 1),
        ]));
        var t = ChartText.For(language);

        var output = WhoBenefitsChart.Draw(new ChartCanvas(_folder, language, MoneyUnit.Million), run);

        var svg = File.ReadAllText(output.Svg);
        Assert.Contains(t.NoRelief.Replace("&", "&amp;"), svg);
        Assert.DoesNotContain(t.TopRegions[..6], svg);
        Assert.DoesNotContain(t.ReliefShare, svg);   // no legend for bars that are not there
        Assert.Equal(["group_kind,group,relief_share,induced_real_rd_share,relief,induced_real_rd,revenue_forgone,bang_for_buck"], File.ReadAllLines(output.Csv));
    }
}
