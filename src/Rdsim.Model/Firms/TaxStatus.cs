namespace Rdsim.Model.Firms;

/// <summary>
/// Whether a firm-year would pay corporate income tax without the incentives: the status of its no-incentive
/// counterfactual twin (same firm, same shocks). The counterfactual's status, not the scenario's, so that it does not
/// depend on the policy: the incentives themselves push firms into loss (a deduction larger than the year's income), and
/// two reforms run on the same seed put the same firm-years in the same group (docs/model.md §5).
/// </summary>
public enum TaxStatus
{
    /// <summary>Would pay tax without the incentives (counterfactual tax above zero).</summary>
    Taxpaying = 0,
    /// <summary>Would pay no tax without the incentives: a loss, or income absorbed by losses carried forward.</summary>
    NonTaxpaying = 1,
}

/// <summary>Classifies firm-years by <see cref="TaxStatus"/>.</summary>
public static class TaxStatuses
{
    /// <summary>Number of tax statuses.</summary>
    public const int Count = 2;

    /// <summary>The tax status of a firm-year whose no-incentive counterfactual is <paramref name="counterfactual"/>.</summary>
    public static TaxStatus Of(in FirmYearOutcome counterfactual) => counterfactual.Tax > 0 ? TaxStatus.Taxpaying : TaxStatus.NonTaxpaying;

    /// <summary>Lower-case key used in output files.</summary>
    public static string Key(TaxStatus status) => status.ToString().ToLowerInvariant();
}
