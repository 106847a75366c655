namespace Rdsim.Model.Aggregation;

/// <summary>Money and stock sums (mn CNY) kept by a <see cref="YearAggregate"/>.</summary>
public enum SumMetric
{
    /// <summary>Revenue.</summary>
    Revenue,
    /// <summary>High-tech products' revenue.</summary>
    HighTechRevenue,
    /// <summary>Real R&amp;D.</summary>
    RealRd,
    /// <summary>Reported R&amp;D (real plus relabelled).</summary>
    ReportedRd,
    /// <summary>Ordinary expenses reported as R&amp;D.</summary>
    RelabeledRd,
    /// <summary>Reported R&amp;D of firms at the HNTE rate.</summary>
    HnteReportedRd,
    /// <summary>Revenue of firms at the HNTE rate.</summary>
    HnteRevenue,
    /// <summary>Extra deduction claimed, s·(R+L).</summary>
    DeductedAmount,
    /// <summary>Corporate income tax paid.</summary>
    Tax,
    /// <summary>Relief from the super-deduction.</summary>
    ReliefSuperDeduction,
    /// <summary>Relief from the HNTE rate.</summary>
    ReliefHnte,
    /// <summary>Relief from credits.</summary>
    ReliefCredit,
    /// <summary>Compliance costs of certification and claiming.</summary>
    ComplianceCost,
    /// <summary>Σ B·R, the numerator of the R&amp;D-weighted mean B-index.</summary>
    BIndexTimesRd,
    /// <summary>Knowledge stock.</summary>
    Knowledge,
    /// <summary>Relief paid for R&amp;D that would have happened anyway (scenario world, when paired).</summary>
    Deadweight,
}
