using Rdsim.Reporting.Tables;

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
        var induced = years.Total(YearsTable.ThisYear(AdditionalityColumns.InducedRealRd));
        var reported = years.Total(YearsTable.ThisYear(AdditionalityColumns.InducedReportedRd));
        var forgone = years.Total(YearsTable.ThisYear(AdditionalityColumns.RevenueForgone));
        var relief = years.Total(YearsTable.Scenario(WorldColumns.ReliefTotal));
        return new Headline(
            years.Last(YearsTable.Cumulative(AdditionalityColumns.InducedRealRd)),
            years.Last(YearsTable.Cumulative(AdditionalityColumns.RevenueForgone)),
            Ratio(induced, forgone),
            Ratio(reported - induced, reported),
            Ratio(years.Total(YearsTable.ThisYear(AdditionalityColumns.Deadweight)), relief),
            years.Last(YearsTable.Scenario(WorldColumns.HnteFirms)),
            years.Last(YearsTable.Scenario(WorldColumns.Claimants)));
    }

    /// <summary>
    /// The same numbers for the year at <paramref name="index"/> of <paramref name="years"/> alone: that year's induced R&amp;D and
    /// revenue forgone (not cumulated), its ratios and its counts.
    /// </summary>
    public static Headline InYear(YearsData years, int index)
    {
        double Mean(Column<YearRow> column) => years.Band(column).Mean[index];
        var induced = Mean(YearsTable.ThisYear(AdditionalityColumns.InducedRealRd));
        var reported = Mean(YearsTable.ThisYear(AdditionalityColumns.InducedReportedRd));
        var forgone = Mean(YearsTable.ThisYear(AdditionalityColumns.RevenueForgone));
        return new Headline(induced, forgone, Ratio(induced, forgone), Ratio(reported - induced, reported),
            Ratio(Mean(YearsTable.ThisYear(AdditionalityColumns.Deadweight)), Mean(YearsTable.Scenario(WorldColumns.ReliefTotal))),
            Mean(YearsTable.Scenario(WorldColumns.HnteFirms)), Mean(YearsTable.Scenario(WorldColumns.Claimants)));
    }

    private static double Ratio(double numerator, double denominator) => denominator != 0 ? numerator / denominator : double.NaN;
}
