using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Checks each year's HNTE intensity rule once the preset (<c>hnte.intensityBands</c>) and the parts set explicitly
/// (<c>hnte.bandEdges</c>, <c>hnte.bandThresholds</c>, <c>hnte.edgeInLowerBand</c>) are combined: one threshold per band
/// (edges + 1) and one edge rule per edge. Each list's own numbers (positive, finite, ascending edges; thresholds in
/// (0, 1)) were checked as it was read, and the presets are well formed, so only these counts depend on the
/// combination. The error names the year and is located at the part set explicitly that does not fit.
/// </summary>
internal static class IntensityBandChecks
{
    private const string Preset = "hnte.intensityBands", Edges = "hnte.bandEdges", Thresholds = "hnte.bandThresholds", EdgeRule = "hnte.edgeInLowerBand";

    /// <summary>Reports what does not fit in the first year whose combined rule does not fit together.</summary>
    public static void Run(Scenario scenario, ResolvedSettings settings, DiagnosticBag diagnostics)
    {
        var schedule = scenario.Policy;
        for (var year = schedule.FirstYear; year <= schedule.LastYear; year++)
        {
            var bands = schedule.At(year).IntensityBands;
            var edges = $"{Count(bands.Edges.Count, "band edge")} ({Source(settings, Edges, year)}), so {bands.Edges.Count + 1} bands,";
            var thresholdsFit = bands.Thresholds.Count == bands.Edges.Count + 1;
            var edgeRuleFits = bands.EdgeInLowerBand.Count == bands.Edges.Count;
            if (!thresholdsFit)
            {
                Report(settings, diagnostics, IsSet(settings, Thresholds, year) ? Thresholds : Edges,
                    $"in {year} the HNTE intensity rule has {edges} but {Count(bands.Thresholds.Count, "threshold")} ({Source(settings, Thresholds, year)}): " +
                    $"give {Thresholds} one threshold per band, lowest revenue first.");
            }
            if (!edgeRuleFits)
            {
                Report(settings, diagnostics, IsSet(settings, EdgeRule, year) ? EdgeRule : Edges,
                    $"in {year} the HNTE intensity rule has {edges} but {Count(bands.EdgeInLowerBand.Count, "edge rule")} ({Source(settings, EdgeRule, year)}): " +
                    $"give {EdgeRule} one true or false per edge, or a single true or false for every edge.");
            }
            if (!thresholdsFit || !edgeRuleFits) return;
        }
    }

    /// <summary>Reports a misfit at the place <paramref name="culprit"/> was set.</summary>
    private static void Report(ResolvedSettings settings, DiagnosticBag diagnostics, string culprit, string message) =>
        diagnostics.Error(At(settings, culprit), culprit, message);

    private static bool IsSet(ResolvedSettings settings, string name, int year) => settings[name].Value.At(year) is not null;

    /// <summary>Where a part of the rule comes from in <paramref name="year"/>: its own parameter, or the preset.</summary>
    private static string Source(ResolvedSettings settings, string name, int year) =>
        IsSet(settings, name, year)
            ? $"{name} {ValueText.Format(settings[name].Value.At(year))}"
            : $"the preset {settings[Preset].Value.At(year)}'s, as {name} is unset";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static SourceLocation At(ResolvedSettings settings, string name) =>
        settings[name].Origin ?? settings[Preset].Origin ?? new SourceLocation("(defaults)", 0, 0);
}
