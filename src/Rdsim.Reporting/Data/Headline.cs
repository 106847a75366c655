namespace Rdsim.Reporting.Data;

/// <summary>
/// The numbers a brief opens with, over every reported year (means over replicates; shares pooled over
/// replicates). Money in mn CNY.
/// </summary>
/// <param name="InducedRealRd">Cumulative induced real R&amp;D.</param>
/// <param name="RevenueForgone">Cumulative revenue forgone.</param>
/// <param name="BangForBuck">Cumulative induced real R&amp;D per yuan forgone.</param>
/// <param name="RelabelledShare">Share of induced reported R&amp;D that is relabelled, not real.</param>
/// <param name="DeadweightShare">Share of relief paid for R&amp;D that would have happened anyway.</param>
/// <param name="HnteFirms">HNTE firms in the last year.</param>
/// <param name="Claimants">Super-deduction claimants in the last year.</param>
public sealed record Headline(double InducedRealRd, double RevenueForgone, double BangForBuck, double RelabelledShare,
    double DeadweightShare, double HnteFirms, double Claimants)
{
    /// <summary>The headline of a run's years.</summary>
    public static Headline Of(YearsData years)
    {
        var induced = years.Total("induced_real_rd");
        var reported = years.Total("induced_reported_rd");
        var forgone = years.Total("revenue_forgone");
        var relief = years.Total("relief_total");
        return new Headline(
            years.Last("cum_induced_real_rd"),
            years.Last("cum_revenue_forgone"),
            Ratio(induced, forgone),
            Ratio(reported - induced, reported),
            Ratio(years.Total("deadweight"), relief),
            years.Last("hnte_firms"),
            years.Last("claimants"));
    }

    private static double Ratio(double numerator, double denominator) => denominator != 0 ? numerator / denominator : double.NaN;
}
