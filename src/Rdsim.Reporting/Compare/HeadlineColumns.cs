using Rdsim.Reporting.Data;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// The headline numbers a comparison puts side by side, each scenario in a row: the columns of compare's <c>summary.csv</c>,
/// its terminal table and its workbook's summary, in that order.
/// </summary>
public static class HeadlineColumns
{
    /// <summary>Every column, in file order.</summary>
    public static IReadOnlyList<HeadlineColumn> All { get; } =
    [
        new("cum_induced_real_rd", "mn CNY", "Induced real R&D over the run", h => h.InducedRealRd),
        new("cum_revenue_forgone", "mn CNY", "Revenue forgone over the run", h => h.RevenueForgone),
        new("cum_bang_for_buck", "CNY per CNY", "Induced real R&D per yuan forgone over the run", h => h.BangForBuck),
        new("relabelled_share", "fraction", "Relabelled share of induced reported R&D", h => h.RelabelledShare),
        new("deadweight_share", "fraction", "Deadweight share of relief", h => h.DeadweightShare),
        new("hnte_firms_last_year", "firms", "HNTE firms in the last year", h => h.HnteFirms),
        new("claimants_last_year", "firms", "Super-deduction claimants in the last year", h => h.Claimants),
    ];
}

/// <summary>One headline number of a comparison.</summary>
/// <param name="Name">Its column name in <c>summary.csv</c>.</param>
/// <param name="Unit">Its unit, as docs/outputs.md names units.</param>
/// <param name="Description">What it is.</param>
/// <param name="Value">Its value in a run's headline.</param>
public sealed record HeadlineColumn(string Name, string Unit, string Description, Func<Headline, double> Value);
