namespace Rdsim.Reporting.Compare;

/// <summary>A parameter whose value differs between a compared scenario and the baseline, in one span of years.</summary>
/// <param name="Scenario">The compared scenario's name.</param>
/// <param name="Name">The parameter's dotted name.</param>
/// <param name="Unit">Its unit, from the registry.</param>
/// <param name="Years">
/// The reported years in which the two values are those given (<c>2015–2022</c>), for a year-keyed parameter; null for
/// one that holds in every year, or whose values differ only outside the reported years (then the values are written whole).
/// </param>
/// <param name="BaselineValue">The baseline's value, as a scenario file writes it.</param>
/// <param name="Value">The compared scenario's.</param>
public sealed record ParameterDifference(string Scenario, string Name, string Unit, string? Years, string BaselineValue, string Value);
