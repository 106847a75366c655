using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

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
        Assert.InRange(RankCorrelation.Spearman(performers.Select(f => f.Revenue0), performers.Select(f => f.LatentIntensity)), -0.483 - 0.04, -0.483 + 0.04);
        var independent = TestModel.Firms(TestModel.Parameters(), 20_000).Where(f => f.PerformsRd).ToArray();
        Assert.InRange(RankCorrelation.Spearman(independent.Select(f => f.Revenue0), independent.Select(f => f.LatentIntensity)), -0.04, 0.04);
    }

    [Fact]
    public void A_drawn_firms_size_score_is_the_normal_score_of_its_rank_in_its_sectors_size_distribution()
    {
        var parameters = TestModel.Parameters();
        var firms = TestModel.Firms(parameters, 20_000);
        var scores = firms.Select(f => SizeScore.Of(parameters.SectorProfiles[f.SectorId], f.Revenue0)).ToArray();
        // Standard normal: mean 0 (sd of the mean ≈ 0.007 on 20,000 firms), sd 1.
        Assert.InRange(scores.Average(), -0.03, 0.03);
        Assert.InRange(Math.Sqrt(scores.Average(z => z * z) - scores.Average() * scores.Average()), 0.97, 1.03);
        Assert.Equal(1, RankCorrelation.Spearman(firms.Select(f => f.Revenue0), scores), 12);
        // Worked case: without truncation the median firm scores 0 and a firm e^σ above it scores 1.
        var open = parameters.SectorProfiles[0] with { RevenueMedian = 30, RevenueLogSd = 1.2, RevenueMin = 1e-9, RevenueMax = 1e12 };
        Assert.Equal(0, SizeScore.Of(open, 30), 6);
        Assert.Equal(1, SizeScore.Of(open, 30 * Math.Exp(1.2)), 6);
    }

    [Fact]
    public void Firms_that_start_R_and_D_draw_their_intensity_against_size_with_the_same_copula()
    {
        var parameters = TestModel.Parameters();
        double StarterSpearman(double rho)
        {
            var p = parameters with { Correlations = parameters.Correlations with { SizeIntensity = rho } };
            var starters = TestModel.Firms(p, 20_000).Where(f => !f.PerformsRd).Select(firm =>
            {
                var state = FirmYear.Initial(firm, p, new YearPolicy(), 2010);
                FirmYear.Step(firm, ref state, new YearInputs(2010, new YearPolicy { RdStartRate = 1 }, 5, 1, NoSpillover), p);
                return (firm.Revenue0, state.LatentIntensity);
            }).ToArray();
            Assert.True(starters.Length > 5_000, $"{starters.Length} starters");
            return RankCorrelation.Spearman(starters.Select(s => s.Revenue0), starters.Select(s => s.LatentIntensity));
        }
        // As for drawn performers: (6/π)·asin(−0.25) = −0.483 at −0.5, none without the correlation.
        Assert.InRange(StarterSpearman(-0.5), -0.483 - 0.04, -0.483 + 0.04);
        Assert.InRange(StarterSpearman(0), -0.04, 0.04);
    }

    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();
}
