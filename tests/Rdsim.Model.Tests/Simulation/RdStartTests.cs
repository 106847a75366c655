using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// Firms that start R&amp;D (docs/model.md §4 step 13) at the year's <see cref="YearPolicy.RdStartRate"/>: a yearly chance
/// by year, so the spread of R&amp;D can quicken, with the same starters in both worlds.
/// </summary>
public class RdStartTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>Performers each year 2010–2017 when the start rate is <paramref name="rateIn"/> of the year.</summary>
    private static int[] PerformersByYear(Func<int, double> rateIn, Func<YearPolicy, YearPolicy>? world = null)
    {
        var parameters = TestModel.Parameters();
        parameters = parameters with { SectorProfiles = parameters.SectorProfiles.Select(p => p with { RdPerformerShare = 0.1 }).ToArray() };
        var performers = new int[8];
        foreach (var firm in TestModel.Firms(parameters, 2000))
        {
            var state = FirmYear.Initial(firm, parameters, new YearPolicy(), 2010);
            for (var year = 2010; year < 2018; year++)
            {
                var policy = (world ?? (p => p))(new YearPolicy { RdStartRate = rateIn(year) });
                if (FirmYear.Step(firm, ref state, new YearInputs(year, policy, 5, 1, NoSpillover), parameters).IsPerformer) performers[year - 2010]++;
            }
        }
        return performers;
    }

    [Fact]
    public void No_firm_starts_while_the_rate_is_zero_and_each_year_about_the_rate_of_the_rest_start_after()
    {
        var performers = PerformersByYear(year => year < 2014 ? 0 : 0.2);
        Assert.All(performers[..5], n => Assert.Equal(performers[0], n)); // 2010–2014: a start counts from the next year
        var nonPerformers = 2000 - performers[4];
        var started = performers[5] - performers[4];
        // 2015: a fifth of the firms doing none in 2014 started (binomial sd √(n × 0.2 × 0.8) ≈ 17 firms on ~1,800).
        Assert.InRange(started, 0.2 * nonPerformers - 60, 0.2 * nonPerformers + 60);
        Assert.True(performers[7] > performers[5], string.Join(", ", performers));
    }

    [Fact]
    public void Starters_draw_their_intensity_at_the_years_scale_of_the_sector_median()
    {
        var parameters = TestModel.Parameters();
        double[] StartedIntensities(double scale) => TestModel.Firms(parameters, 2000).Where(f => !f.PerformsRd).Select(firm =>
        {
            var state = FirmYear.Initial(firm, parameters, new YearPolicy(), 2010);
            var policy = new YearPolicy { RdStartRate = 1, RdStartIntensityScale = scale };
            FirmYear.Step(firm, ref state, new YearInputs(2010, policy, 5, 1, NoSpillover), parameters);
            return state.LatentIntensity;
        }).ToArray();
        var full = StartedIntensities(1);
        var small = StartedIntensities(0.25);
        Assert.True(full.Length > 500, $"{full.Length} non-performers");
        Assert.All(full, x => Assert.True(x > 0));
        // The same draws, a quarter of the median: a quarter of each intensity (but those at the 0.5 cap).
        Assert.All(full.Zip(small).Where(p => p.First < 0.5), p => Assert.Equal(0.25 * p.First, p.Second, 1e-15));
    }

    [Fact]
    public void No_firm_starts_in_the_warm_up_and_the_first_reported_year_keeps_its_rate()
    {
        var schedule = new PolicySchedule(2008, 2010, year => new YearPolicy { RdStartRate = year < 2009 ? 0.1 : 0.2, StandardRate = 0.25 });
        Assert.Equal(0, schedule.At(2005).RdStartRate);
        Assert.Equal(schedule.At(2008) with { RdStartRate = 0 }, schedule.At(2007));
        Assert.Equal(0.1, schedule.At(2008).RdStartRate);
        Assert.Equal(0.2, schedule.At(2010).RdStartRate);
        var without = new PolicySchedule(2008, 2010, _ => new YearPolicy());
        Assert.Same(without.At(2008), without.At(2003));
    }

    [Fact]
    public void The_same_firms_start_without_the_incentives()
    {
        Func<int, double> rate = year => year < 2013 ? 0.05 : 0.15;
        Assert.Equal(PerformersByYear(rate), PerformersByYear(rate, p => p.WithoutIncentives()));
    }
}
