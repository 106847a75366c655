using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// <c>sensitivity.json</c>: what a sensitivity folder holds and how to make it again. Written last and sealed like a run's
/// <c>manifest.json</c> (<see cref="Files.ManifestSeal"/>), so a folder that has it is complete.
/// </summary>
/// <param name="Tool">Always <c>rdsim</c>.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Scenario">The base scenario's name.</param>
/// <param name="Base">The base scenario file.</param>
/// <param name="BaseContentHash">Content hash of the base scenario with its overrides (seed and replications included).</param>
/// <param name="Seed">The seed every run shares.</param>
/// <param name="Replications">The replications every run shares.</param>
/// <param name="Vary">The varied parameters and their ends (<c>name=low,high</c>), in order.</param>
/// <param name="Command">The command line that makes the folder again.</param>
/// <param name="Files">Every file written, with its SHA-256 and size.</param>
/// <param name="Seal">SHA-256 of the manifest's text with this field empty.</param>
public sealed record SensitivityManifest(string Tool, string Version, string Scenario, string Base, string BaseContentHash, ulong Seed, int Replications,
    IReadOnlyList<string> Vary, string Command, IReadOnlyList<FileRecord> Files, string Seal = "");
