using System.Text.Json.Serialization;
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
/// <param name="Members">
/// Each run folder compared, with its results' fingerprint, in <paramref name="Runs"/>' order, so that <c>report</c> can tell a run
/// replaced since (another <c>rdsim run</c> into it); null in a <c>compare.json</c> written before rdsim kept them.
/// </param>
public sealed record CompareManifest(string Tool, string Version, string Command, ulong Seed, int Replications, IReadOnlyList<string> Runs,
    [property: JsonPropertyOrder(1)] IReadOnlyList<FileRecord> Files, [property: JsonPropertyOrder(2)] string Seal = "",
    IReadOnlyList<CompareMember>? Members = null);

/// <summary>A run folder of a comparison and the fingerprint of the results compared (<see cref="Files.RunManifest.ResultFingerprint"/>).</summary>
/// <param name="Run">The run folder's name inside the compare folder, e.g. <c>1-china-2008-2024</c>.</param>
/// <param name="ResultFingerprint">Its results' fingerprint when the comparison was made.</param>
public sealed record CompareMember(string Run, string ResultFingerprint);
