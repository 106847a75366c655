using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// Review and cancellation of a certificate whose holder fails the criteria in a year (<see cref="YearPolicy.RevocationRate"/>,
/// docs/model.md §4 step 8): off by default, the certificate runs on; on, a failing holder loses it with the rate's
/// probability and applies afresh (a new certification, not a renewal). A holder that meets the criteria keeps it, whether
/// or not the rate is worth anything to it this year.
/// </summary>
public class HnteRevocationTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>One firm-year: whether the firm held a certificate for the year when it began, what it did, and its state after.</summary>
    private readonly record struct Row(int FirmId, int Year, bool HeldAtStart, FirmYearOutcome Outcome, FirmState After);

    /// <summary>
    /// 5,000 firms over 10 years with persistent shocks to the high-tech share and to R&amp;D propensity, so that holders
    /// drift out of (and back into) the criteria.
    /// </summary>
    private static List<Row> Simulate(double revocationRate)
    {
        var parameters = TestModel.Parameters(new BehaviourParameters { HighTechShareShockSd = 1.0, IntensityShockSd = 0.4 });
        var policy = new YearPolicy { RevocationRate = revocationRate };
        var rows = new List<Row>();
        foreach (var firm in TestModel.Firms(parameters, 5000))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var year = 2010; year < 2020; year++)
            {
                var held = state.CertificateLastYear >= year;
                var outcome = FirmYear.Step(firm, ref state, new YearInputs(year, policy, 5, 1, NoSpillover), parameters);
                rows.Add(new Row(firm.Id, year, held, outcome, state));
            }
        }
        return rows;
    }

    private static IEnumerable<Row> FailingHolders(List<Row> rows) => rows.Where(r => r.HeldAtStart && !r.Outcome.MeetsHnteOtherCriteria);

    [Fact]
    public void A_holder_failing_a_criterion_keeps_its_certificate_by_default_and_loses_it_at_rate_one()
    {
        var kept = FailingHolders(Simulate(0)).ToList();
        var lost = FailingHolders(Simulate(1)).ToList();
        Assert.True(kept.Count > 50 && lost.Count > 50, $"{kept.Count} and {lost.Count} failing holder-years");
        Assert.All(kept, r => Assert.True(r.Outcome.HoldsCertificate));
        Assert.All(lost, r =>
        {
            Assert.False(r.Outcome.HoldsCertificate);
            Assert.Equal(r.Year - 1, r.After.CertificateLastYear);
        });
    }

    [Fact]
    public void Holders_that_take_the_rate_keep_their_certificates()
    {
        var rows = Simulate(1).Where(r => r.HeldAtStart && r.Outcome.IsHnte).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Outcome.HoldsCertificate));
    }

    [Fact]
    public void A_firm_whose_certificate_was_cancelled_is_certified_afresh_not_renewed()
    {
        var rows = Simulate(1);
        var byFirm = rows.ToLookup(r => r.FirmId);
        var returns = 0;
        foreach (var cancelled in rows.Where(r => r.HeldAtStart && !r.Outcome.HoldsCertificate))
        {
            var later = byFirm[cancelled.FirmId].Where(r => r.Year > cancelled.Year && (r.Outcome.NewlyCertified || r.Outcome.Recertified)).Take(1).ToList();
            if (later is not [var next]) continue;
            returns++;
            Assert.True(next.Outcome.NewlyCertified && !next.Outcome.Recertified, $"firm {cancelled.FirmId}: cancelled {cancelled.Year}, back {next.Year}");
        }
        Assert.True(returns > 0, "no firm came back after a cancellation");
    }

    [Fact]
    public void At_rate_one_half_about_half_of_the_failing_holders_lose_their_certificates()
    {
        var failing = FailingHolders(Simulate(0.5)).ToList();
        var share = failing.Count(r => !r.Outcome.HoldsCertificate) / (double)failing.Count;
        // Binomial: at n ≥ 100 four standard errors are at most 0.2.
        Assert.True(failing.Count >= 100, $"{failing.Count} failing holder-years");
        Assert.InRange(share, 0.5 - 4 * Math.Sqrt(0.25 / failing.Count), 0.5 + 4 * Math.Sqrt(0.25 / failing.Count));
    }
}
