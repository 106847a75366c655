namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Parameters that once existed, with what replaced them: a scenario written for an earlier version is told why its key
/// is refused and what to do, not only that it is unknown (as Tax-Calculator's <c>REMOVED_PARAMS</c> do).
/// </summary>
internal static class RemovedParameters
{
    private static readonly Dictionary<string, Bilingual> Why = new(StringComparer.Ordinal)
    {
        ["behaviour.lossDiscount"] = new(
            "it was removed: a firm's marginal tax value is now worked out from its own loss ledger and expected income " +
            "(when a deduction saves tax, or never; docs/model.md §4 step 3). Delete the line.",
            "该参数已删除：企业的边际税收价值现在由其自身的亏损台账和预期收入算出（扣除在哪一年省税，或永不省税；docs/model.md §4 第3步）。请删去这一行。"),
    };

    /// <summary>Why <paramref name="name"/> is gone and what to do, or null when it never existed.</summary>
    public static Bilingual? Explain(string name) => Why.TryGetValue(name, out var why) ? why : null;
}
