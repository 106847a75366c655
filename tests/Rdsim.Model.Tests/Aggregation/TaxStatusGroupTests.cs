using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Aggregation;

/// <summary>The tax-status groups: every firm-year in one of them, by its counterfactual's tax, the same in both worlds.</summary>
public class TaxStatusGroupTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>Both worlds' breakdowns of the sixth year of 1,500 firms under a 75% deduction and the HNTE regime.</summary>
    private static (YearBreakdown Scenario, YearBreakdown Counterfactual) SixthYear()
    {
        var parameters = TestModel.Parameters();
        var sampler = new TraitSampler(parameters.SectorProfiles, parameters.Correlations);
        var policy = new YearPolicy { ExtraRate = 0.75 };
        var without = policy.WithoutIncentives();
        var (scenario, counterfactual) = (new YearBreakdown(), new YearBreakdown());
        for (var id = 0; id < 1_500; id++)
        {
            var firm = sampler.Draw(17, id);
            var (withState, withoutState) = (FirmYear.Initial(firm, parameters, policy, 2015), FirmYear.Initial(firm, parameters, without, 2015));
            for (var year = 2015; year <= 2020; year++)
            {
                var (s, c) = (new YearBreakdown(), new YearBreakdown());
                PairedYear.Step(firm, ref withState, ref withoutState, new YearInputs(year, policy, 9, 1, NoSpillover),
                    new YearInputs(year, without, 9, 1, NoSpillover), parameters, s, c);
                if (year < 2020) continue;
                scenario.Merge(s);
                counterfactual.Merge(c);
            }
        }
        return (scenario, counterfactual);
    }

    [Fact]
    public void The_tax_status_groups_add_up_exactly_to_every_firm_in_both_worlds()
    {
        var (scenario, counterfactual) = SixthYear();
        foreach (var world in new[] { scenario, counterfactual })
        {
            var groups = world.ByTaxStatus;
            Assert.Equal(world.Total.Counts, groups[0].Counts.Zip(groups[1].Counts, (a, b) => a + b));
            Assert.Equal(world.Total.Sums, groups[0].Sums.Zip(groups[1].Sums, (a, b) => a + b));
        }
        // Both kinds occur, and a group holds the same firm-years in both worlds.
        Assert.All(scenario.ByTaxStatus, g => Assert.True(g[CountMetric.Firms] > 0));
        Assert.Equal(scenario.ByTaxStatus.Select(g => g[CountMetric.Firms]), counterfactual.ByTaxStatus.Select(g => g[CountMetric.Firms]));
        Assert.Equal(0, counterfactual.ByTaxStatus[(int)TaxStatus.NonTaxpaying][CountMetric.Taxpayers]);
        Assert.Equal(counterfactual.Total[CountMetric.Taxpayers], counterfactual.ByTaxStatus[(int)TaxStatus.Taxpaying][CountMetric.Firms]);
    }

    [Fact]
    public void The_non_taxpaying_group_is_the_firm_years_of_the_split_by_tax_status()
    {
        var (scenario, counterfactual) = SixthYear();
        var (s, c) = (scenario.ByTaxStatus[(int)TaxStatus.NonTaxpaying], counterfactual.ByTaxStatus[(int)TaxStatus.NonTaxpaying]);
        // The split sums each firm-year's difference, rounded once; the group takes the difference of the two worlds' sums of
        // rounded values. Both are exact sums of the same firm-years, so they differ by at most one rounding (2^-40) per firm-year.
        var tolerance = 2 * 1_500 * Math.Pow(2, -40);
        Assert.Equal(scenario.Total[SumMetric.InducedRealRdNonTaxpayers].Value, (s[SumMetric.RealRd] + -c[SumMetric.RealRd]).Value, tolerance);
        Assert.Equal(scenario.Total[SumMetric.RevenueForgoneNonTaxpayers].Value, (c[SumMetric.Tax] + -s[SumMetric.Tax]).Value, tolerance);
        // Without the incentives these firm-years pay no tax. With them they pay next to none (the incentives add deductions and
        // losses; only revenue the induced knowledge adds can lift one above zero), so nothing is forgone on them.
        Assert.Equal(0, c[SumMetric.Tax].Value);
        Assert.True(s[SumMetric.Tax].Value <= 1e-3 * scenario.Total[SumMetric.Tax].Value, $"{s[SumMetric.Tax].Value} of {scenario.Total[SumMetric.Tax].Value}");
    }
}
