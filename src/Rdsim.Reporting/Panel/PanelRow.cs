using System.Text.Json.Serialization;

namespace Rdsim.Reporting.Panel;

/// <summary>One row of <c>firms.parquet</c>: one firm in one world, replicate and year.</summary>
public sealed class PanelRow
{
    /// <summary>Firm id (0-based).</summary>
    [JsonPropertyName("firm_id")]
    public int FirmId { get; init; }

    /// <summary>Company name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Region.</summary>
    [JsonPropertyName("region")]
    public string Region { get; init; } = "";

    /// <summary>Sector key.</summary>
    [JsonPropertyName("sector")]
    public string Sector { get; init; } = "";

    /// <summary>Calendar year.</summary>
    [JsonPropertyName("year")]
    public int Year { get; init; }

    /// <summary>Replicate (0-based).</summary>
    [JsonPropertyName("replicate")]
    public int Replicate { get; init; }

    /// <summary><c>scenario</c> or <c>counterfactual</c>.</summary>
    [JsonPropertyName("world")]
    public string World { get; init; } = "";

    /// <summary>Revenue (mn CNY).</summary>
    [JsonPropertyName("revenue")]
    public double Revenue { get; init; }

    /// <summary>Real R&amp;D (mn CNY).</summary>
    [JsonPropertyName("real_rd")]
    public double RealRd { get; init; }

    /// <summary>Reported R&amp;D (mn CNY).</summary>
    [JsonPropertyName("reported_rd")]
    public double ReportedRd { get; init; }

    /// <summary>Ordinary expenses reported as R&amp;D (mn CNY).</summary>
    [JsonPropertyName("relabeled_rd")]
    public double RelabeledRd { get; init; }

    /// <summary>Reported R&amp;D intensity on the HNTE test's 3-year window.</summary>
    [JsonPropertyName("window_intensity")]
    public double WindowIntensity { get; init; }

    /// <summary>Paid the preferential HNTE rate.</summary>
    [JsonPropertyName("is_hnte")]
    public bool IsHnte { get; init; }

    /// <summary>Met every HNTE criterion but the R&amp;D intensity (high-tech revenue, R&amp;D staff, IP).</summary>
    [JsonPropertyName("hnte_eligible")]
    public bool HnteEligible { get; init; }

    /// <summary>Claimed the super-deduction.</summary>
    [JsonPropertyName("is_claimant")]
    public bool IsClaimant { get; init; }

    /// <summary>Extra deduction claimed (mn CNY).</summary>
    [JsonPropertyName("deducted_amount")]
    public double DeductedAmount { get; init; }

    /// <summary>Corporate income tax paid (mn CNY).</summary>
    [JsonPropertyName("tax")]
    public double Tax { get; init; }

    /// <summary>Super-deduction relief (mn CNY).</summary>
    [JsonPropertyName("relief_super_deduction")]
    public double ReliefSuperDeduction { get; init; }

    /// <summary>HNTE rate relief (mn CNY).</summary>
    [JsonPropertyName("relief_hnte")]
    public double ReliefHnte { get; init; }

    /// <summary>Credit relief (mn CNY).</summary>
    [JsonPropertyName("relief_credit")]
    public double ReliefCredit { get; init; }

    /// <summary>B-index faced.</summary>
    [JsonPropertyName("b_index")]
    public double BIndex { get; init; }

    /// <summary>Knowledge stock at year end.</summary>
    [JsonPropertyName("knowledge")]
    public double Knowledge { get; init; }

    /// <summary>Patents granted.</summary>
    [JsonPropertyName("patents")]
    public int Patents { get; init; }
}
