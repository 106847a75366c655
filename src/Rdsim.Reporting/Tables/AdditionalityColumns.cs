using Rdsim.Engine.Results;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// The columns that describe what the incentives bought, scenario against counterfactual on the same firms: shared by
/// <c>years.csv</c> (for the year and, with the <c>cum_</c> prefix, from the first reported year) and <c>groups.csv</c>.
/// A row without additionality (a counterfactual row of <c>groups.csv</c>) leaves them empty.
/// </summary>
public static class AdditionalityColumns
{
    /// <summary>The columns, reading the additionality through <paramref name="select"/>, named with <paramref name="prefix"/>.</summary>
    public static IEnumerable<Column<TRow>> For<TRow>(string prefix, string span, Func<TRow, Additionality?> select)
    {
        Column<TRow> Money(string name, string text, Func<Additionality, double> value) =>
            new(prefix + name, "mn CNY", $"{text} ({span})", r => select(r) is { } a ? CsvText.Number(value(a)) : "");
        Column<TRow> Ratio(string name, string unit, string text, Func<Additionality, double> value) =>
            new(prefix + name, unit, $"{text} ({span})", r => select(r) is { } a ? CsvText.Number(value(a)) : "");

        yield return Money("induced_real_rd", "Real R&D induced: scenario minus counterfactual", a => a.InducedRealRd);
        yield return Money("induced_reported_rd", "Reported R&D induced: scenario minus counterfactual", a => a.InducedReportedRd);
        yield return Ratio("induced_relabeled_share", "fraction", "Share of induced reported R&D that is relabelled, not real", a => a.InducedRelabeledShare);
        yield return Money("revenue_forgone", "Tax revenue forgone: counterfactual tax minus scenario tax", a => a.RevenueForgone);
        yield return Ratio("bang_for_buck", "CNY per CNY", "Induced real R&D per yuan of revenue forgone", a => a.BangForBuck);
        yield return Money("deadweight", "Relief paid for R&D that would have happened anyway", a => a.Deadweight);
        yield return Ratio("deadweight_share", "fraction", "Deadweight over total relief", a => a.TotalRelief != 0 ? a.Deadweight / a.TotalRelief : double.NaN);
        yield return Money("induced_real_rd_nontaxpayers", "Induced real R&D in firm-years that would pay no tax without the incentives", a => a.InducedRealRdNonTaxpayers);
        yield return Money("revenue_forgone_nontaxpayers", "Revenue forgone from firm-years that would pay no tax without the incentives", a => a.RevenueForgoneNonTaxpayers);
        yield return Ratio("bang_for_buck_taxpayers", "CNY per CNY", "Bang for the buck in firm-years that would pay tax without the incentives", a => a.BangForBuckTaxpayers);
        yield return Ratio("hnte_induced_relabeled_share", "fraction", "Relabelled share of HNTE firms' induced reported R&D", a => a.HnteInducedRelabeledShare);
    }
}
