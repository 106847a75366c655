using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;

namespace Rdsim.Model.Simulation;

/// <summary>
/// Step 8 of the firm's year (docs/model.md §4): whether it is an HNTE this year, and what it adds to its reported R&amp;D
/// to pass the intensity test. The rules of law are <see cref="HnteEligibility"/>; this is the firm's choice: the value
/// of the preferential rate on the taxable income it expects (carried losses included), and of the title's other
/// benefits (<see cref="YearPolicy.TitleBenefit"/>), against the cheapest way to report what the test requires.
/// </summary>
internal static class HnteDecision
{
    /// <summary>Tolerance for "meets the threshold": a buncher's intensity equals θ up to rounding.</summary>
    private const double ThresholdTolerance = 1e-12;

    /// <summary>The HNTE decision of one year.</summary>
    /// <param name="IsHnte">Pays the preferential rate this year.</param>
    /// <param name="Certifies">Is certified this year (it held no certificate covering the year).</param>
    /// <param name="ExtraReal">Real R&amp;D added to the plan to pass the test.</param>
    /// <param name="ExtraRelabeled">Relabelling added to the plan to pass the test.</param>
    /// <param name="MeetsCriteria">Meets every criterion this year, the intensity test included, as reported: an HNTE does;
    /// a firm that passes but does not take the rate (it is worth nothing to it this year) does too.</param>
    public readonly record struct Notch(bool IsHnte, bool Certifies, double ExtraReal, double ExtraRelabeled, bool MeetsCriteria);

    /// <summary>What the firm planned before the notch (steps 4–7) and what it expects.</summary>
    /// <param name="Real">Planned real R&amp;D.</param>
    /// <param name="Relabeled">Planned relabelling.</param>
    /// <param name="Desired">Desired R&amp;D R*.</param>
    /// <param name="Price">The price of R&amp;D p = B·w.</param>
    /// <param name="RelabelGain">What a relabelled yuan earns.</param>
    /// <param name="Extra">The extra deduction per yuan the firm claims (0 if it does not).</param>
    /// <param name="Growth">The yearly growth it expects of its income.</param>
    public readonly record struct Plan(double Real, double Relabeled, double Desired, double Price, double RelabelGain, double Extra, double Growth);

    /// <summary>
    /// Decides step 8 for <paramref name="firm"/> in <paramref name="year"/>; <paramref name="meetsOtherCriteria"/> is
    /// <see cref="HnteEligibility.MeetsOtherCriteria"/> on the state the year starts with (the firm reports it too), and false
    /// for a firm that has never held a certificate and does not consider applying this year (<see cref="YearPolicy.ApplicationRate"/>).
    /// </summary>
    public static Notch Decide(in FirmTraits firm, in FirmState state, int year, YearPolicy policy, BehaviourParameters b,
        double revenue, double profit, bool holdsCertificate, bool meetsOtherCriteria, in Plan plan)
    {
        if (!meetsOtherCriteria) return default;

        var reported = plan.Real + plan.Relabeled;
        var threshold = policy.IntensityBands.ThresholdFor(revenue);
        var windowRevenue = revenue + state.RevenueIn(year - 1) + state.RevenueIn(year - 2);
        var byLaw = HnteEligibility.RequiredReportedRd(policy, revenue, windowRevenue, state.ReportedIn(year - 1) + state.ReportedIn(year - 2));
        // The test is on a rolling window, so a year reported below θ only moves the shortfall into a later window, where
        // it must be made up at once; with convex costs a firm that means to stay an HNTE keeps each year at θ at least.
        var required = Math.Max(byLaw, threshold * revenue);
        var gap = required - reported;
        var passes = gap <= ThresholdTolerance * windowRevenue;

        var years = holdsCertificate ? 1 : policy.ValidityYears;
        var laterYears = Annuity(years - 1, b.DiscountRate);   // the discounted years of the certificate after this one
        var income = new TaxOutlook.IncomePath(year, profit - plan.Real - plan.Extra * reported,
            (firm.Margin * revenue - plan.Real - plan.Extra * reported) * plan.Growth, plan.Growth,
            policy.HnteLossCarryForwardYears, b.DiscountRate);
        // The rate cut on the income it expects, and the title's other benefits this year and in each later year of the
        // certificate (these do not need taxable income: a firm in loss values them too).
        var value = (policy.StandardRate - policy.HnteRate) * TaxOutlook.DiscountedTaxableIncome(state, income, years)
            + policy.TitleBenefit * (1 + laterYears);
        if (!holdsCertificate)
        {
            // A newcomer pays for certification, and for keeping each later year of the certificate at θ; a new
            // certification (not a renewal of one that ran to last year) may earn a local reward. A later year starts at θ,
            // so its real R&D has no adjustment left to pay for: only the loss from being above desired R&D (and relabelling,
            // a cost of every year). Charging this year's jump again each year overstated the title's cost by about 1/λ.
            var yearlyGap = threshold * revenue - (plan.Desired + plan.Relabeled);
            var yearly = yearlyGap > ThresholdTolerance * revenue
                ? ThresholdCost.Cheapest(b, ExtraRealRdPath.Held, revenue, yearlyGap, plan.Relabeled, plan.Desired, plan.Price, plan.RelabelGain).Cost
                : 0;
            var reward = state.CertificateLastYear == year - 1 ? 0 : policy.CertificationSubsidy;
            value += reward - policy.CertificationCost - yearly * laterYears;
        }
        if (value <= 0) return new Notch(false, false, 0, 0, passes);
        if (passes) return new Notch(true, !holdsCertificate, 0, 0, true);

        var raise = Raise(b, revenue, gap, plan);
        return raise.Cost < value
            ? new Notch(true, !holdsCertificate, raise.ExtraReal, raise.ExtraRelabeled, true)
            : default;
    }

    private static ThresholdCost.Plan Raise(BehaviourParameters b, double revenue, double gap, in Plan plan) =>
        ThresholdCost.Cheapest(b, ExtraRealRdPath.Reached, revenue, gap, plan.Relabeled, plan.Desired, plan.Price, plan.RelabelGain);

    /// <summary>Σ (1 + r)^−k for k = 1 … <paramref name="years"/>.</summary>
    private static double Annuity(int years, double discountRate)
    {
        var (total, discount) = (0.0, 1.0);
        for (var k = 1; k <= years; k++)
        {
            discount /= 1 + discountRate;
            total += discount;
        }
        return total;
    }
}
