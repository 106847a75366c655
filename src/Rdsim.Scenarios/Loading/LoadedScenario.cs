namespace Rdsim.Scenarios.Loading;

/// <summary>A scenario that loaded without errors, and the warnings found on the way.</summary>
/// <param name="Scenario">The resolved scenario.</param>
/// <param name="Warnings">Values outside their advisory ranges and other things worth a second look.</param>
public sealed record LoadedScenario(Scenario Scenario, IReadOnlyList<Diagnostic> Warnings);
