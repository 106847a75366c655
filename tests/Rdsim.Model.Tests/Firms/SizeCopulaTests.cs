using Rdsim.Model.Firms;

namespace Rdsim.Model.Tests.Firms;

/// <summary>
/// The copulas of firm size with doing R&amp;D (<see cref="TraitCorrelations.SizeRdPerformer"/>: larger firms are likelier
/// performers while each sector keeps its share of performers) and with a performer's latent intensity
/// (<see cref="TraitCorrelations.SizeIntensity"/>); without them, both are independent of size.
/// </summary>
public class SizeCopulaTests
{
    private const int Firms = 40_000;
    private const double Share = 0.1;

    /// <summary>Share of performers overall and among the largest tenth of each sector's firms.</summary>
    private static (double All, double TopDecile) PerformerShares(double correlation)
    {
        var parameters = TestModel.Parameters();
        parameters = parameters with
        {
            SectorProfiles = parameters.SectorProfiles.Select(p => p with { RdPerformerShare = Share }).ToArray(),
            Correlations = parameters.Correlations with { SizeRdPerformer = correlation },
        };
        var firms = TestModel.Firms(parameters, Firms);
        var top = firms.GroupBy(f => f.SectorId)
            .SelectMany(g => g.OrderByDescending(f => f.Revenue0).Take(g.Count() / 10))
            .ToList();
        return (firms.Count(f => f.PerformsRd) / (double)Firms, top.Count(f => f.PerformsRd) / (double)top.Count);
    }

    [Fact]
    public void Without_a_correlation_the_largest_firms_perform_as_often_as_the_rest()
    {
        var (all, topDecile) = PerformerShares(0);
        // Binomial sd of the top decile's share: √(0.1 × 0.9 / 4,000) ≈ 0.005.
        Assert.InRange(all, Share - 0.006, Share + 0.006);
        Assert.InRange(topDecile, Share - 0.02, Share + 0.02);
    }

    [Fact]
    public void With_a_correlation_the_sector_share_holds_and_the_largest_tenth_performs_as_the_copula_says()
    {
        var (all, topDecile) = PerformerShares(0.6);
        Assert.InRange(all, Share - 0.006, Share + 0.006);
        // P(perform | size rank > 0.9) for a Gaussian copula with ρ = 0.6 and a 10% share: 0.390 (numerical integral of
        // φ(z)·(1 − Φ((z₀.₉ − ρz)/√(1 − ρ²))) over z > z₀.₉, ÷ 0.1); binomial sd on 4,000 firms ≈ 0.008.
        Assert.InRange(topDecile, 0.390 - 0.03, 0.390 + 0.03);
    }

    [Fact]
    public void The_correlation_changes_who_performs_and_nothing_else_a_firm_draws()
    {
        var parameters = TestModel.Parameters();
        var with = parameters with { Correlations = parameters.Correlations with { SizeRdPerformer = 0.6 } };
        var before = TestModel.Firms(parameters, 2_000);
        var after = TestModel.Firms(with, 2_000);
        Assert.Equal(before.Select(f => (f.SectorId, f.Revenue0, f.Margin, f.HighTechShare)), after.Select(f => (f.SectorId, f.Revenue0, f.Margin, f.HighTechShare)));
        Assert.NotEqual(before.Select(f => f.PerformsRd), after.Select(f => f.PerformsRd));
    }

    [Fact]
    public void A_size_intensity_correlation_ranks_intensity_against_size_as_the_copula_says()
    {
        var parameters = TestModel.Parameters();
        parameters = parameters with { Correlations = parameters.Correlations with { SizeIntensity = -0.5 } };
        var performers = TestModel.Firms(parameters, 20_000).Where(f => f.PerformsRd).ToArray();
        // Every sector of the test model is drawn alike, so ranks can be pooled. Spearman's ρ of a Gaussian copula with
        // correlation −0.5: (6/π)·asin(−0.25) = −0.483; its sd on ~12,000 firms is below 0.01.
        Assert.InRange(Spearman(performers.Select(f => f.Revenue0), performers.Select(f => f.LatentIntensity)), -0.483 - 0.04, -0.483 + 0.04);
        var independent = TestModel.Firms(TestModel.Parameters(), 20_000).Where(f => f.PerformsRd).ToArray();
        Assert.InRange(Spearman(independent.Select(f => f.Revenue0), independent.Select(f => f.LatentIntensity)), -0.04, 0.04);
    }

    private static double Spearman(IEnumerable<double> x, IEnumerable<double> y)
    {
        static double[] Ranks(double[] v)
        {
            var order = Enumerable.Range(0, v.Length).OrderBy(i => v[i]).ToArray();
            var ranks = new double[v.Length];
            for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
            return ranks;
        }
        var (rx, ry) = (Ranks(x.ToArray()), Ranks(y.ToArray()));
        var (mx, my) = (rx.Average(), ry.Average());
        var cov = rx.Zip(ry).Sum(p => (p.First - mx) * (p.Second - my));
        return cov / Math.Sqrt(rx.Sum(a => (a - mx) * (a - mx)) * ry.Sum(b => (b - my) * (b - my)));
    }
}
