using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Firms;

/// <summary>
/// Where firms start R&amp;D (<see cref="RdStartHazards"/>, docs/model.md §4 step 13): a sector's start chance ∝ its
/// performer share^tilt, the mean over non-performers kept at the scenario's rate.
/// </summary>
public class RdStartHazardsTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>Two sectors alike but for their performer shares (1% and 9%), the others empty.</summary>
    private static SectorProfile[] TwoSectors(double shareA = 0.7) =>
        [.. Sectors.All.Select(s => new SectorProfile
        {
            Share = s.Id switch { 0 => shareA, 1 => 1 - shareA, _ => 0 },
            RdPerformerShare = s.Id == 0 ? 0.01 : 0.09,
        })];

    private static double MeanOverNonPerformers(IReadOnlyList<SectorProfile> profiles) =>
        profiles.Sum(p => p.Share * (1 - p.RdPerformerShare) * p.RdStartHazard) / profiles.Sum(p => p.Share * (1 - p.RdPerformerShare));

    [Fact]
    public void At_a_tilt_of_zero_every_sector_has_exactly_the_rate()
    {
        Assert.All(RdStartHazards.Tilted(TwoSectors(), 0), p => Assert.Equal(1.0, p.RdStartHazard));
    }

    [Theory]
    [InlineData(0.5, 0.7)]
    [InlineData(1, 0.7)]
    [InlineData(2, 0.2)]
    public void Hazards_follow_the_performer_share_to_the_tilt_and_average_one_over_the_firms_that_could_start(double tilt, double shareA)
    {
        var tilted = RdStartHazards.Tilted(TwoSectors(shareA), tilt);
        Assert.Equal(Math.Pow(9, tilt), tilted[1].RdStartHazard / tilted[0].RdStartHazard, 1e-12);
        Assert.Equal(1, MeanOverNonPerformers(tilted), 1e-12);
        // Worked case, tilt 1, shares 0.7/0.3: mean p over non-performers = (0.7·0.99·0.01 + 0.3·0.91·0.09) / (0.7·0.99 + 0.3·0.91)
        // = 0.03150 / 0.966 = 0.032609, so the 9% sector starts at 0.09 / 0.032609 = 2.76 × the rate.
        if (tilt == 1 && shareA == 0.7) Assert.Equal(0.09 * 0.966 / 0.03150, tilted[1].RdStartHazard, 1e-9);
    }

    [Fact]
    public void A_negative_or_infinite_tilt_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RdStartHazards.Tilted(TwoSectors(), -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RdStartHazards.Tilted(TwoSectors(), double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => RdStartHazards.Tilted(TwoSectors(), double.NaN));
    }

    [Fact]
    public void Firms_of_a_sector_start_at_the_rate_times_its_hazard()
    {
        var parameters = TestModel.Parameters() with { SectorProfiles = RdStartHazards.Tilted(TwoSectors(), 1) };
        var policy = new YearPolicy { RdStartRate = 0.1 };
        var started = new int[2];
        var candidates = new int[2];
        foreach (var firm in TestModel.Firms(parameters, 20_000).Where(f => !f.PerformsRd))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            FirmYear.Step(firm, ref state, new YearInputs(2010, policy, 5, 1, NoSpillover), parameters);
            candidates[firm.SectorId]++;
            if (state.LatentIntensity > 0) started[firm.SectorId]++;
        }
        for (var s = 0; s < 2; s++)
        {
            var p = 0.1 * parameters.SectorProfiles[s].RdStartHazard;
            var sd = Math.Sqrt(candidates[s] * p * (1 - p));
            // Binomial counts within 4 sd of the expected starts (≈ 1,700 and 2,300 non-performers; 0.05 and 0.28 a year).
            Assert.InRange(started[s], candidates[s] * p - 4 * sd, candidates[s] * p + 4 * sd);
        }
    }
}
