using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sweeps;

/// <summary>
/// <c>sweep.json</c>: the grid of a sweep and a hash of its base scenario and varied values. Written before
/// the first point, so <c>--resume</c> can tell whether finished points still belong to the same sweep.
/// </summary>
/// <param name="Tool">Always <c>rdsim</c>.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Base">The base scenario file.</param>
/// <param name="BaseContentHash">Content hash of the base scenario with its fixed overrides (seed and replications included).</param>
/// <param name="Vary">The swept parameters and their values.</param>
/// <param name="Points">Number of grid points.</param>
/// <param name="GridHash">SHA-256 over the base hash and the varied values: equal hashes mean the same sweep.</param>
/// <param name="Command">The command line that runs the sweep again.</param>
public sealed record SweepManifest(string Tool, string Version, string Base, string BaseContentHash, IReadOnlyList<VarySpec> Vary,
    int Points, string GridHash, string Command);
