using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// Take-up of the HNTE title (<see cref="YearPolicy.ApplicationRate"/>, docs/model.md §4 step 8): a firm that has never held a
/// certificate considers applying with the rate's probability each year; one that has held one always does. At 1 (the
/// default) every firm that would gain certifies at once; below 1 the stock builds up over years.
/// </summary>
public class HnteTakeUpTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>HNTE firm-years by year of 2,000 firms over 8 years, and how many of them were new certifications.</summary>
    private static (int[] Hntes, int[] New) Simulate(double applicationRate)
    {
        var parameters = TestModel.Parameters();
        var policy = new YearPolicy { ApplicationRate = applicationRate };
        var (hntes, fresh) = (new int[8], new int[8]);
        foreach (var firm in TestModel.Firms(parameters, 2000))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var k = 0; k < 8; k++)
            {
                var outcome = FirmYear.Step(firm, ref state, new YearInputs(2010 + k, policy, 5, 1, NoSpillover), parameters);
                if (outcome.IsHnte) hntes[k]++;
                if (outcome.NewlyCertified) fresh[k]++;
            }
        }
        return (hntes, fresh);
    }

    [Fact]
    public void At_rate_one_every_firm_that_would_gain_certifies_at_once_as_by_default()
    {
        var immediate = Simulate(1);
        Assert.True(immediate.New[0] > 20, $"{immediate.New[0]} certified in the first year");
        // 1 takes no draw at all: the same firm-years as the default policy.
        var parameters = TestModel.Parameters();
        var firm = TestModel.Firms(parameters, 1)[0];
        var (a, b) = (FirmYear.Initial(firm, parameters, new YearPolicy(), 2010), FirmYear.Initial(firm, parameters, new YearPolicy { ApplicationRate = 1 }, 2010));
        for (var year = 2010; year < 2016; year++)
        {
            Assert.Equal(FirmYear.Step(firm, ref a, new YearInputs(year, new YearPolicy(), 5, 1, NoSpillover), parameters),
                FirmYear.Step(firm, ref b, new YearInputs(year, new YearPolicy { ApplicationRate = 1 }, 5, 1, NoSpillover), parameters));
        }
    }

    [Fact]
    public void No_firm_that_never_held_a_certificate_becomes_an_HNTE_at_rate_zero()
    {
        var none = Simulate(0);
        Assert.All(none.Hntes, n => Assert.Equal(0, n));
    }

    [Fact]
    public void Below_one_the_first_year_takes_up_about_the_rate_and_the_stock_builds_up_towards_the_immediate_one()
    {
        var immediate = Simulate(1);
        var slow = Simulate(0.3);
        // In the first year only firms that considered it certify: about 30% of those that would (binomial, 4 standard errors).
        var expected = 0.3 * immediate.New[0];
        Assert.InRange(slow.New[0], expected - 4 * Math.Sqrt(expected * 0.7), expected + 4 * Math.Sqrt(expected * 0.7));
        // The stock grows year after year while the immediate one is about flat, and closes most of the gap by the eighth year.
        Assert.True(slow.Hntes[7] > 2 * slow.Hntes[0], $"{slow.Hntes[0]} → {slow.Hntes[7]}");
        Assert.True(slow.Hntes[7] > 0.75 * immediate.Hntes[7], $"{slow.Hntes[7]} against {immediate.Hntes[7]}");
        // New certifications stay higher for longer: the never-certified who would gain keep arriving.
        Assert.True(slow.New.Skip(3).Sum() > immediate.New.Skip(3).Sum(), $"{slow.New.Skip(3).Sum()} against {immediate.New.Skip(3).Sum()}");
    }
}
