namespace Rdsim.Reporting.Tables;

/// <summary>
/// The quantities that describe what the incentives bought, scenario against counterfactual on the same firms: shared by
/// <c>years.csv</c> (for the year and, with the <c>cum_</c> prefix, from the first reported year) and <c>groups.csv</c>.
/// A row without additionality (a counterfactual row of <c>groups.csv</c>) leaves them empty.
/// </summary>
public static class AdditionalityColumns
{
    /// <summary><c>induced_real_rd</c>: real R&amp;D induced.</summary>
    public static readonly AdditionalityMetric InducedRealRd = AdditionalityMetric.Money("induced_real_rd", "Real R&D induced: scenario minus counterfactual", a => a.InducedRealRd);

    /// <summary><c>induced_reported_rd</c>: reported R&amp;D induced.</summary>
    public static readonly AdditionalityMetric InducedReportedRd = AdditionalityMetric.Money("induced_reported_rd", "Reported R&D induced: scenario minus counterfactual", a => a.InducedReportedRd);

    /// <summary><c>induced_relabeled_share</c>: the relabelled share of induced reported R&amp;D.</summary>
    public static readonly AdditionalityMetric InducedRelabeledShare = new("induced_relabeled_share", "fraction", "Share of induced reported R&D that is relabelled, not real", a => a.InducedRelabeledShare);

    /// <summary><c>revenue_forgone</c>: tax revenue forgone.</summary>
    public static readonly AdditionalityMetric RevenueForgone = AdditionalityMetric.Money("revenue_forgone", "Tax revenue forgone: counterfactual tax minus scenario tax", a => a.RevenueForgone);

    /// <summary><c>bang_for_buck</c>: induced real R&amp;D per yuan forgone.</summary>
    public static readonly AdditionalityMetric BangForBuck = new("bang_for_buck", "CNY per CNY",
        "Induced real R&D per yuan of revenue forgone (empty unless revenue was forgone)", a => a.BangForBuck);

    /// <summary><c>deadweight</c>: relief paid for R&amp;D that would have happened anyway.</summary>
    public static readonly AdditionalityMetric Deadweight = AdditionalityMetric.Money("deadweight", "Relief paid for R&D that would have happened anyway", a => a.Deadweight);

    /// <summary><c>deadweight_share</c>: deadweight over total relief.</summary>
    public static readonly AdditionalityMetric DeadweightShare = new("deadweight_share", "fraction", "Deadweight over total relief", a => a.TotalRelief != 0 ? a.Deadweight / a.TotalRelief : double.NaN);

    /// <summary><c>induced_real_rd_nontaxpayers</c>: induced real R&amp;D of firm-years that would pay no tax without the incentives.</summary>
    public static readonly AdditionalityMetric InducedRealRdNontaxpayers = AdditionalityMetric.Money("induced_real_rd_nontaxpayers",
        "Induced real R&D in firm-years that would pay no tax without the incentives", a => a.InducedRealRdNonTaxpayers);

    /// <summary><c>revenue_forgone_nontaxpayers</c>: revenue forgone from the same firm-years.</summary>
    public static readonly AdditionalityMetric RevenueForgoneNontaxpayers = AdditionalityMetric.Money("revenue_forgone_nontaxpayers",
        "Revenue forgone from firm-years that would pay no tax without the incentives", a => a.RevenueForgoneNonTaxpayers);

    /// <summary><c>bang_for_buck_taxpayers</c>: bang for the buck of firm-years that would pay tax without the incentives.</summary>
    public static readonly AdditionalityMetric BangForBuckTaxpayers = new("bang_for_buck_taxpayers", "CNY per CNY",
        "Bang for the buck in firm-years that would pay tax without the incentives (empty unless revenue was forgone from them)", a => a.BangForBuckTaxpayers);

    /// <summary><c>hnte_induced_relabeled_share</c>: the relabelled share of HNTE firms' induced reported R&amp;D.</summary>
    public static readonly AdditionalityMetric HnteInducedRelabeledShare = new("hnte_induced_relabeled_share", "fraction",
        "Relabelled share of HNTE firms' induced reported R&D", a => a.HnteInducedRelabeledShare);

    /// <summary>Every quantity, in file order.</summary>
    public static IReadOnlyList<AdditionalityMetric> All { get; } =
    [
        InducedRealRd, InducedReportedRd, InducedRelabeledShare, RevenueForgone, BangForBuck, Deadweight, DeadweightShare,
        InducedRealRdNontaxpayers, RevenueForgoneNontaxpayers, BangForBuckTaxpayers, HnteInducedRelabeledShare,
    ];
}
