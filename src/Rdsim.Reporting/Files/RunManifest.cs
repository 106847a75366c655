namespace Rdsim.Reporting.Files;

/// <summary>
/// <c>manifest.json</c>: what was run, how, how to run it again, and every file the run wrote with its hash.
/// Written last, so a folder without it is incomplete; sealed, so one edited by hand is told apart.
/// </summary>
/// <param name="Tool">Always <c>rdsim</c>.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Engine">The engine that ran (<c>orleans</c> or <c>reference</c>).</param>
/// <param name="Cluster">Where it ran (e.g. <c>embedded silo</c>, <c>in-process loop</c>).</param>
/// <param name="Scenario">The resolved scenario.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="ReplicateSeeds">Each replicate's derived seed.</param>
/// <param name="Firms">Number of firms.</param>
/// <param name="Population">Where the firms came from: <c>synthetic</c> or the CSV path.</param>
/// <param name="FirstYear">First reported year.</param>
/// <param name="LastYear">Last reported year.</param>
/// <param name="WarmupYears">Warm-up years before the first reported year.</param>
/// <param name="StartedAt">Start time (UTC, ISO 8601).</param>
/// <param name="FinishedAt">End time (UTC, ISO 8601).</param>
/// <param name="TimingsSeconds">Seconds spent per phase.</param>
/// <param name="Command">The command line that reproduces these results.</param>
/// <param name="ResultFingerprint">SHA-256 over every raw result number: equal fingerprints mean bit-identical results.</param>
/// <param name="Files">Every file the run wrote in the folder (the manifest aside), each with its SHA-256 and size.</param>
/// <param name="Warnings">Advisory warnings raised by the scenario.</param>
/// <param name="WarningsZh">The same warnings in Chinese, for a Chinese brief (absent in manifests written before 4 December 2026).</param>
/// <param name="Represents">
/// How many enterprises the firms stand for in the first reported year (their weights summed; the firm count when every
/// weight is 1).
/// </param>
/// <param name="Seal">SHA-256 of this manifest's text with the seal left empty (<see cref="ManifestSeal"/>).</param>
public sealed record RunManifest(
    string Tool,
    string Version,
    string Engine,
    string Cluster,
    ManifestScenario Scenario,
    ulong Seed,
    IReadOnlyList<ulong> ReplicateSeeds,
    int Firms,
    string Population,
    int FirstYear,
    int LastYear,
    int WarmupYears,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyDictionary<string, double> TimingsSeconds,
    string Command,
    string ResultFingerprint,
    IReadOnlyList<Rdsim.Scenarios.IO.FileRecord> Files,
    IReadOnlyList<string> Warnings,
    long Represents = 0,
    IReadOnlyList<string>? WarningsZh = null,
    string Seal = "");

/// <summary>The resolved scenario as recorded in a manifest.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Description">Scenario description.</param>
/// <param name="Source">The scenario file.</param>
/// <param name="ContentHash">SHA-256 of the resolved parameters.</param>
/// <param name="Parameters">Every parameter's value and where it was set.</param>
/// <param name="Universe">What the population stands for (<c>universe:</c>), if stated.</param>
/// <param name="Fit">What the scenario was fitted to and how well (<c>fit:</c>), if stated.</param>
/// <param name="Caveats">What not to read into the results (<c>caveats:</c>), if stated.</param>
/// <param name="UniverseMismatch">
/// When changes resized the population away from the universe the scenario describes: both sizes and the changes (null otherwise,
/// and in manifests from before rdsim kept it).
/// </param>
public sealed record ManifestScenario(string Name, string? Description, string Source, string ContentHash, IReadOnlyList<ManifestParameter> Parameters,
    Scenarios.LocalizedText? Universe = null, Scenarios.LocalizedText? Fit = null, IReadOnlyList<Scenarios.LocalizedText>? Caveats = null,
    Scenarios.Populations.UniverseMismatch? UniverseMismatch = null);

/// <summary>One resolved parameter.</summary>
/// <param name="Name">Dotted name.</param>
/// <param name="Value">Value as a scenario file would write it.</param>
/// <param name="Origin">Where it was set.</param>
public sealed record ManifestParameter(string Name, string Value, string Origin);
