using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Aggregation;

/// <summary>A firm that stands for many: counts and sums are exactly its weight times, and means are those of the universe.</summary>
public class WeightTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>The last year's outcomes of firms <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1, after six years.</summary>
    private static List<(FirmTraits Firm, FirmYearOutcome Outcome)> LastYear(int first, int count)
    {
        var parameters = TestModel.Parameters();
        var sampler = new TraitSampler(parameters.SectorProfiles, parameters.Correlations);
        var policy = new YearPolicy { ExtraRate = 0.75 };
        var outcomes = new List<(FirmTraits, FirmYearOutcome)>();
        for (var id = first; id < first + count; id++)
        {
            var firm = sampler.Draw(31, id);
            var state = FirmYear.Initial(firm, parameters, policy, 2015);
            var outcome = default(FirmYearOutcome);
            for (var year = 2015; year <= 2020; year++) outcome = FirmYear.Step(firm, ref state, new YearInputs(year, policy, 9, 1, NoSpillover), parameters);
            outcomes.Add((firm, outcome));
        }
        return outcomes;
    }

    [Fact]
    public void A_weight_multiplies_every_count_sum_and_histogram_bin_exactly()
    {
        var outcomes = LastYear(0, 2_000);
        var once = new YearBreakdown();
        var weighted = new YearBreakdown();
        foreach (var (firm, outcome) in outcomes)
        {
            once.Add(outcome, firm.SectorId, firm.RegionId, TaxStatuses.Of(outcome), 1);
            once.AddPaired(outcome, outcome, firm.SectorId, firm.RegionId, 1);
            weighted.Add(outcome, firm.SectorId, firm.RegionId, TaxStatuses.Of(outcome), 5);
            weighted.AddPaired(outcome, outcome, firm.SectorId, firm.RegionId, 5);
        }
        Assert.Equal(once.Total.Counts.Select(c => 5 * c), weighted.Total.Counts);
        Assert.Equal(once.Total.Sums.Select(s => 5 * s), weighted.Total.Sums);
        Assert.Equal(once.BySector[2].Sums.Select(s => 5 * s), weighted.BySector[2].Sums);
        Assert.Equal(once.Histogram.Select(c => 5 * c), weighted.Histogram);
        Assert.Equal(10_000, weighted.Total[CountMetric.Firms]);
    }

    [Theory]
    [InlineData(SumMetric.RealRd)]
    [InlineData(SumMetric.Revenue)]
    [InlineData(SumMetric.Tax)]
    public void Two_thousand_firms_of_weight_five_give_the_per_firm_means_of_ten_thousand_firms_drawn_alike(SumMetric metric)
    {
        double Value(FirmYearOutcome o) => metric switch
        {
            SumMetric.RealRd => o.RealRd,
            SumMetric.Revenue => o.Revenue,
            _ => o.Tax,
        };
        var sample = LastYear(0, 2_000);
        var universe = LastYear(2_000, 10_000);   // other firms, drawn the same way
        var weighted = new YearAggregate();
        foreach (var (_, outcome) in sample) weighted.Add(outcome, 5);
        var weightedMean = weighted[metric].Value / weighted[CountMetric.Firms];

        var a = sample.Select(s => Value(s.Outcome)).ToArray();
        var b = universe.Select(s => Value(s.Outcome)).ToArray();
        Assert.Equal(a.Average(), weightedMean, 9);
        // A two-sample z-test on the means (fixed seed, so it passes or fails the same way every time).
        static double Variance(double[] x) => x.Select(v => (v - x.Average()) * (v - x.Average())).Sum() / (x.Length - 1);
        var z = (weightedMean - b.Average()) / Math.Sqrt(Variance(a) / a.Length + Variance(b) / b.Length);
        Assert.True(Math.Abs(z) < 3, $"{metric}: per-firm mean {weightedMean:G5} (2,000 × 5) against {b.Average():G5} (10,000), z = {z:F2}");
    }
}
