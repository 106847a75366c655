using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Rdsim.Scenarios.Tests.Loading;

namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>A run resized by a change away from the universe its scenario describes is told apart, naming the change.</summary>
public sealed class UniverseMismatchTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Described = "name: base\nuniverse: Enterprises above designated size\npopulation: {firms: 100, weight: 46}\n";

    [Fact]
    public void A_changed_firm_count_is_a_mismatch_naming_the_set_both_sizes_and_the_weight_that_keeps_the_universe()
    {
        var m = UniverseMismatch.Of(_dir.Load(Described, "population.firms=50"));

        Assert.NotNull(m);
        Assert.Equal((new PopulationSize(50, 46), new PopulationSize(100, 46)), (m.Run, m.Written));
        Assert.Equal(["--set population.firms=50"], m.Changes);
        Assert.Equal(92, m.KeepingWeight);
        Assert.Equal("--set population.firms=50: warning: the totals are for firms × weight = 50 × 46 = 2,300 enterprises, not the universe "
            + "the scenario describes (100 × 46 = 4,600); add --set population.weight=92 to keep it", m.Warning.En);
        Assert.StartsWith("--set population.firms=50: 警告: 各项总量对应企业数 × 权重 = 50 × 46 = 2,300家企业", m.Warning.Zh);
    }

    [Fact]
    public void The_scenario_as_written_a_size_kept_or_no_universe_is_no_mismatch()
    {
        Assert.Null(UniverseMismatch.Of(_dir.Load(Described)));
        Assert.Null(UniverseMismatch.Of(_dir.Load(Described, "population.firms=50", "population.weight=92")));
        Assert.Null(UniverseMismatch.Of(_dir.Load("name: plain\npopulation: {firms: 100, weight: 46}\n", "population.firms=50")));
    }

    [Fact]
    public void A_change_in_code_keeps_what_the_files_wrote_and_a_weight_that_does_not_divide_is_not_suggested()
    {
        var scenario = ScenarioLoader.Load(_dir.Write("base.yaml", Described), []);
        var m = UniverseMismatch.Of(scenario.With("population.firms", 30, "--vary"));

        Assert.NotNull(m);
        Assert.Equal(new PopulationSize(100, 46), m.Written);
        Assert.Equal(["--vary population.firms=30"], m.Changes);
        Assert.Null(m.KeepingWeight);
        Assert.DoesNotContain("to keep it", m.Warning.En);
    }
}
