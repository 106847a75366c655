namespace Rdsim.Model.Aggregation;

/// <summary>Integer counts kept by a <see cref="YearAggregate"/>.</summary>
public enum CountMetric
{
    /// <summary>Firms.</summary>
    Firms,
    /// <summary>Firms that perform R&amp;D.</summary>
    RdPerformers,
    /// <summary>Firms at the preferential HNTE rate.</summary>
    HnteFirms,
    /// <summary>First-time HNTE certifications.</summary>
    HnteNewlyCertified,
    /// <summary>HNTE re-certifications after an earlier certificate.</summary>
    HnteRecertified,
    /// <summary>Super-deduction claimants.</summary>
    Claimants,
    /// <summary>Patents granted (all kinds).</summary>
    Patents,
    /// <summary>Invention patents granted.</summary>
    InventionPatents,
}
