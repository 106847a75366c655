namespace Rdsim.Reporting.Results;

/// <summary>How a run was made, besides its scenario and what its engine returned: what its manifest records about it.</summary>
/// <param name="Placement">Where it ran (<see cref="Engine.ISimulationEngine.Placement"/>).</param>
/// <param name="Firms">The firms of its population, entrants included.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Command">The command line that reproduces it (for a run made in code, what made it).</param>
/// <param name="Regions">Its population's regions by region id, whose groups the results hold (none for a population without regions).</param>
public sealed record RunFacts(string Placement, int Firms, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Command, IReadOnlyList<string> Regions);
