namespace Rdsim.Scenarios.Loading;

/// <summary>
/// One override <c>name=value</c> and the option that gave it (<c>--set</c>, <c>--seed</c>, <c>--replications</c>,
/// <c>--vary</c>, a sweep file), so that a bad value is reported against what the user actually typed.
/// </summary>
/// <param name="Text">The override, <c>name=value</c>.</param>
/// <param name="Option">Where it came from, as shown in messages and manifests.</param>
public sealed record Override(string Text, string Option)
{
    /// <summary>The option of plain overrides.</summary>
    public const string SetOption = "--set";

    /// <summary>Overrides given with <c>--set</c>.</summary>
    public static IReadOnlyList<Override> Set(IEnumerable<string> texts) => texts.Select(t => new Override(t, SetOption)).ToList();
}
