using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// The title's value beyond the rate (<see cref="YearPolicy.TitleBenefit"/>, docs/model.md §4 step 8): it needs no
/// taxable income, it adds to the value of being an HNTE every year the title is held, and it is not revenue forgone.
/// </summary>
public class HnteTitleBenefitTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>Every year of every firm (drawn with <paramref name="margin"/>) under a policy whose title is worth <paramref name="benefit"/>.</summary>
    private static List<FirmYearOutcome> Outcomes(double margin, double benefit)
    {
        var parameters = TestModel.Parameters();
        var policy = new YearPolicy { TitleBenefit = benefit };
        var outcomes = new List<FirmYearOutcome>();
        foreach (var drawn in TestModel.Firms(parameters, 400))
        {
            var firm = drawn with { Margin = margin };
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var year = 2010; year < 2018; year++)
            {
                outcomes.Add(FirmYear.Step(firm, ref state, new YearInputs(year, policy, 5, 1, NoSpillover), parameters));
            }
        }
        return outcomes;
    }

    [Fact]
    public void A_firm_that_never_pays_tax_is_an_HNTE_only_for_a_title_worth_more_than_the_rate()
    {
        // A margin of −30% of revenue: losses every year, so the 15% rate is worth nothing.
        Assert.DoesNotContain(Outcomes(-0.3, 0), o => o.IsHnte);
        var valued = Outcomes(-0.3, 5);
        Assert.Contains(valued, o => o.IsHnte);
        Assert.All(valued, o => Assert.Equal(0, o.Tax));   // and it pays no tax either way: nothing is forgone
    }

    [Fact]
    public void The_more_the_title_is_worth_the_more_firm_years_are_HNTE_years()
    {
        var counts = new[] { 0, 0.1, 0.5, 2 }.Select(b => Outcomes(0.1, b).Count(o => o.IsHnte)).ToArray();
        Assert.True(counts.Zip(counts.Skip(1)).All(p => p.Second >= p.First), string.Join(", ", counts));
        Assert.True(counts[^1] > counts[0], string.Join(", ", counts));
    }
}
