using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

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
        new("cum_induced_real_rd", "mn CNY", "Induced real R&D over the run: the last year's `cum_induced_real_rd` of the scenario's years.csv (mean over replicates)", h => h.InducedRealRd),
        new("cum_revenue_forgone", "mn CNY", "Revenue forgone over the run: the last year's `cum_revenue_forgone` (mean over replicates)", h => h.RevenueForgone),
        new("cum_bang_for_buck", "CNY per CNY", "Induced real R&D per yuan forgone over the run: the induced real R&D of every year and replicate ÷ their revenue forgone (empty when nothing is forgone)", h => h.BangForBuck),
        // Spelt "relabelled", where every other file writes "relabeled": a published column, kept so that scripts reading it keep working.
        new("relabelled_share", "fraction", "Relabelled share of induced reported R&D over the run: (induced reported − induced real R&D) ÷ induced reported R&D, every year and replicate pooled (empty when none is induced). Spelt `relabelled`, unlike the `relabeled` of the other files: years.csv and sensitivity.csv write this ratio as `cum_induced_relabeled_share`", h => h.RelabelledShare),
        new("deadweight_share", "fraction", "Deadweight share of relief over the run: relief paid for R&D the firm would have done without the incentives ÷ all relief, every year and replicate pooled", h => h.DeadweightShare),
        new("hnte_firms_last_year", "firms", "HNTE firms in the last year: `hnte_firms` of the scenario's years.csv (mean over replicates)", h => h.HnteFirms),
        new("claimants_last_year", "firms", "Super-deduction claimants in the last year: `claimants` of the scenario's years.csv (mean over replicates)", h => h.Claimants),
    ];

    /// <summary>The columns of <c>summary.csv</c>: the scenario's name, then <see cref="All"/>.</summary>
    public static IReadOnlyList<Column<RunResult>> SummaryTable { get; } =
    [
        Column<RunResult>.Text("scenario", "text", "Scenario name, one row per compared scenario in the order given", r => r.Name),
        .. All.Select(c => Column<RunResult>.Number(c.Name, c.Unit, c.Description, r => c.Value(Headline.Of(r.Years)))),
    ];
}

/// <summary>One headline number of a comparison.</summary>
/// <param name="Name">Its column name in <c>summary.csv</c>.</param>
/// <param name="Unit">Its unit, as docs/outputs.md names units.</param>
/// <param name="Description">What it is.</param>
/// <param name="Value">Its value in a run's headline.</param>
public sealed record HeadlineColumn(string Name, string Unit, string Description, Func<Headline, double> Value);
