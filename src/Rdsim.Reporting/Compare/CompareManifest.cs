using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// <c>compare.json</c>: the command that makes a compare folder again (with <c>--sensitivity</c>, the only way to make its
/// <c>sensitivity_differences.csv</c> again: the variant runs are not stored) and the files it wrote beside its run folders.
/// Written last and sealed like a run's <c>manifest.json</c> (<see cref="Files.ManifestSeal"/>), so a compare folder that has
/// it is complete.
/// </summary>
/// <param name="Tool">Always <c>rdsim</c>.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Command">The command line that makes the folder again.</param>
/// <param name="Seed">The seed every run shares.</param>
/// <param name="Replications">The replications every run shares.</param>
/// <param name="Runs">The run folders, the baseline first.</param>
/// <param name="Files">Every file written beside the run folders, with its SHA-256 and size.</param>
/// <param name="Seal">SHA-256 of the manifest's text with this field empty.</param>
public sealed record CompareManifest(string Tool, string Version, string Command, ulong Seed, int Replications, IReadOnlyList<string> Runs,
    IReadOnlyList<FileRecord> Files, string Seal = "");
