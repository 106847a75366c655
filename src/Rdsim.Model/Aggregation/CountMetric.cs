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
    /// <summary>New HNTE certifications (新认定): first ones and new applications after a certificate lapsed.</summary>
    HnteNewlyCertified,
    /// <summary>HNTE renewals (复审) of a certificate that ran to the year before.</summary>
    HnteRecertified,
    /// <summary>Super-deduction claimants.</summary>
    Claimants,
    /// <summary>Patents granted (all kinds).</summary>
    Patents,
    /// <summary>Invention patents granted.</summary>
    InventionPatents,
    /// <summary>Firms earning an R&amp;D tax credit (volume or incremental).</summary>
    CreditUsers,
    /// <summary>Firms paying corporate income tax this year (tax above zero).</summary>
    Taxpayers,
    /// <summary>Firms holding an HNTE certificate valid this year, paying the preferential rate or not.</summary>
    CertificateHolders,
    /// <summary>Firms meeting every HNTE criterion but the R&amp;D intensity (high-tech revenue, staff, IP).</summary>
    HnteEligible,
}
