using System.Globalization;
using Rdsim.Cli.Commands;
using Rdsim.Scenarios;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The command line that reproduces a run or a comparison: the scenarios, every override, the seed and replications made explicit, and every
/// option that changes what the folder holds (the panel, the sensitivity band, the brief's language, no charts, the CSVs' BOM).
/// </summary>
public static class ReproduceCommand
{
    /// <summary>The command for a finished run.</summary>
    public static string For(RunCommand.Settings settings, Scenario scenario, string engine, string folder)
    {
        var parts = new List<string> { "rdsim", "run", Quote(settings.Scenario) };
        parts.AddRange(settings.Set.SelectMany(s => new[] { "--set", Quote(s) }));
        parts.Add("--seed");
        parts.Add(scenario.Run.Seed.ToString(CultureInfo.InvariantCulture));
        parts.Add("--replications");
        parts.Add(scenario.Run.Replications.ToString(CultureInfo.InvariantCulture));
        parts.Add("--engine");
        parts.Add(engine);
        if (settings.Panel) parts.Add("--panel");
        if (settings.Sensitivity) parts.Add("--sensitivity");
        if (settings.Lang != "en") parts.AddRange(["--lang", Quote(settings.Lang)]);
        if (settings.NoCharts) parts.Add("--no-charts");
        if (settings.CsvBom) parts.Add("--csv-bom");
        parts.Add("--out");
        parts.Add(Quote(folder));
        return string.Join(' ', parts);
    }

    /// <summary>
    /// The command for a finished comparison of <paramref name="settings"/>'s scenarios on <paramref name="first"/>'s seed and
    /// replications (every scenario runs on them), with every option that changes what its folder holds.
    /// </summary>
    public static string For(CompareCommand.Settings settings, Scenario first, string folder)
    {
        var parts = new List<string> { "rdsim", "compare" };
        parts.AddRange(settings.Scenarios.Select(Quote));
        parts.AddRange(settings.Set.SelectMany(s => new[] { "--set", Quote(s) }));
        parts.AddRange(["--seed", first.Run.Seed.ToString(CultureInfo.InvariantCulture), "--replications", first.Run.Replications.ToString(CultureInfo.InvariantCulture)]);
        if (settings.Sensitivity) parts.Add("--sensitivity");
        if (settings.Lang != "en") parts.AddRange(["--lang", Quote(settings.Lang)]);
        if (settings.NoCharts) parts.Add("--no-charts");
        if (settings.CsvBom) parts.Add("--csv-bom");
        parts.AddRange(["--out", Quote(folder)]);
        return string.Join(' ', parts);
    }

    /// <summary>A word of a shell command: as it is when it is safe, else in single quotes.</summary>
    public static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || "-_./=:,".Contains(c)) ? text : "'" + text.Replace("'", "'\\''") + "'";
}
