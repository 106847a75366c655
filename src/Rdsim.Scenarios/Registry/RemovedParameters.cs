namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Parameters that once existed, with what replaced them: a scenario written for an earlier version is told why its key
/// is refused and what to do, not only that it is unknown (as Tax-Calculator's <c>REMOVED_PARAMS</c> do).
/// </summary>
internal static class RemovedParameters
{
    private static readonly Dictionary<string, string> Why = new(StringComparer.Ordinal)
    {
        ["behaviour.lossDiscount"] =
            "it was removed: a firm's marginal tax value is now worked out from its own loss ledger and expected income " +
            "(when a deduction saves tax, or never; docs/model.md §4 step 3). Delete the line.",
    };

    /// <summary>Why <paramref name="name"/> is gone and what to do, or null when it never existed.</summary>
    public static string? Explain(string name) => Why.GetValueOrDefault(name);
}
