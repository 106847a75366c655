using Rdsim.Model.Firms;
using Rdsim.Model.Policy;

namespace Rdsim.Model.Tests.Firms;

/// <summary>
/// Young technology firms among the entrants (<see cref="TraitSampler.DrawTechnologyFirm"/>, <see cref="TechnologyEntry"/>,
/// docs/model.md §2 "Firm turnover"): every one does R&amp;D, in sectors leaning as R&amp;D starts do, with revenue and margin
/// drawn as any firm of its sector.
/// </summary>
public class TechnologyFirmTests
{
    private const int Draws = 20_000;

    /// <summary>Two sectors alike but for their shares and performer shares (1% and 9%), the others empty.</summary>
    private static SectorProfile[] TwoSectors(double tilt) => RdStartHazards.Tilted(
        [.. Sectors.All.Select(s => new SectorProfile
        {
            Share = s.Id switch { 0 => 0.7, 1 => 0.3, _ => 0 },
            RdPerformerShare = s.Id == 0 ? 0.01 : 0.09,
            MarginMean = 0.02,
            MarginSd = 0.08,
            IntensityMedian = 0.03,
        })], tilt);

    private static FirmTraits[] TechnologyFirms(SectorProfile[] profiles, double intensityScale = 1, ulong seed = 5, TraitCorrelations? correlations = null)
    {
        var sampler = new TraitSampler(profiles, correlations ?? new TraitCorrelations());
        return [.. Enumerable.Range(0, Draws).Select(id => sampler.DrawTechnologyFirm(seed, id, intensityScale))];
    }

    [Fact]
    public void Every_technology_firm_does_RD_and_the_same_seed_and_id_draw_the_same_firm()
    {
        var profiles = TwoSectors(1);
        var firms = TechnologyFirms(profiles);
        Assert.All(firms, f => Assert.True(f.PerformsRd && f.RdStaffShare > 0));
        Assert.Equal(firms, TechnologyFirms(profiles));
        Assert.NotEqual(firms.Select(f => f.Revenue0), TechnologyFirms(profiles, seed: 6).Select(f => f.Revenue0));
        // A stream of its own: not the ordinary draw of the same firm.
        var ordinary = new TraitSampler(profiles, new TraitCorrelations());
        Assert.All(firms.Take(100), f => Assert.NotEqual(ordinary.Draw(5, f.Id).Revenue0, f.Revenue0));
    }

    [Theory]
    // Worked cases: at tilt 1 the weights are share × performer share, 0.3·0.09 / (0.7·0.01 + 0.3·0.09) = 0.794; at tilt 0 the shares.
    [InlineData(1, 0.794)]
    [InlineData(0, 0.3)]
    public void Technology_firms_lean_towards_the_sectors_where_RD_is_common_as_starts_do(double tilt, double expectedInSecond)
    {
        var inSecond = TechnologyFirms(TwoSectors(tilt)).Count(f => f.SectorId == 1) / (double)Draws;
        var sd = Math.Sqrt(expectedInSecond * (1 - expectedInSecond) / Draws);
        Assert.InRange(inSecond, expectedInSecond - 4 * sd, expectedInSecond + 4 * sd);
    }

    [Fact]
    public void Revenue_and_margin_are_those_of_any_firm_of_the_sector_neither_all_profitable_nor_all_in_loss()
    {
        var profiles = TwoSectors(1);
        var technology = TechnologyFirms(profiles).Where(f => f.SectorId == 1).ToList();
        var sampler = new TraitSampler(profiles, new TraitCorrelations());
        var ordinary = Enumerable.Range(0, 4 * Draws).Select(id => sampler.Draw(9, id)).Where(f => f.SectorId == 1).ToList();

        // Margins ~ N(0.02, 0.08): 40% below zero (Φ(−0.25)); the mean's sd on ~16,000 firms is 0.0006.
        Assert.InRange(technology.Average(f => f.Margin), 0.02 - 0.003, 0.02 + 0.003);
        Assert.InRange(technology.Count(f => f.Margin < 0) / (double)technology.Count, 0.40 - 0.02, 0.40 + 0.02);
        // Log revenue as the sector's firms (log-sd 1.2; the means' difference has sd ≈ 0.015).
        Assert.InRange(technology.Average(f => Math.Log(f.Revenue0)) - ordinary.Average(f => Math.Log(f.Revenue0)), -0.06, 0.06);
    }

    [Fact]
    public void The_intensity_is_the_scale_times_the_sector_performers_draw_with_the_same_shocks()
    {
        var profiles = TwoSectors(1);
        var full = TechnologyFirms(profiles);
        var half = TechnologyFirms(profiles, intensityScale: 0.5);
        // The same keyed draws: only the scale differs, but where the full intensity is at the cap of 0.5 (a few in 10,000).
        Assert.All(full.Zip(half).Where(p => p.First.LatentIntensity < 0.5), p => Assert.Equal(0.5 * p.First.LatentIntensity, p.Second.LatentIntensity, 1e-15));
        Assert.Equal(full.Select(f => (f.SectorId, f.Revenue0, f.Margin, f.HighTechShare, f.RdStaffShare, f.HasCoreIp)),
            half.Select(f => (f.SectorId, f.Revenue0, f.Margin, f.HighTechShare, f.RdStaffShare, f.HasCoreIp)));
        // The median is the sector's performer median (0.03; log-sd 0.8, so the sample median's sd is about 0.0003).
        var median = full.Select(f => f.LatentIntensity).Order().ElementAt(Draws / 2);
        Assert.InRange(median, 0.03 - 0.0015, 0.03 + 0.0015);
    }

    [Fact]
    public void Small_technology_firms_are_the_intensive_ones_when_the_size_copula_says_so()
    {
        var firms = TechnologyFirms(TwoSectors(0), correlations: new TraitCorrelations { SizeIntensity = -0.6 });
        var bySize = firms.Where(f => f.SectorId == 0).OrderBy(f => f.Revenue0).ToList();
        var tenth = bySize.Count / 10;
        Assert.True(bySize.Take(tenth).Average(f => f.LatentIntensity) > 2 * bySize.TakeLast(tenth).Average(f => f.LatentIntensity));
    }

    [Theory]
    [InlineData(10, 2015, 0)]
    [InlineData(10, 2016, 3)]   // 2.5 rounds away from zero, as the cohort itself does
    [InlineData(10, 2030, 3)]
    [InlineData(1_036, 2020, 259)]
    public void A_cohort_has_the_share_of_its_entry_year_rounded_to_whole_firms(int cohort, int year, int expected)
    {
        var entry = new TechnologyEntry(new YearKeyed<double>([new(2008, 0.0), new(2016, 0.25)]), 1);
        Assert.Equal(expected, entry.FirmsAmong(cohort, year));
        Assert.Equal(0, TechnologyEntry.None.FirmsAmong(cohort, year));
    }
}
