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
            var edgeSource = Source(settings, Edges, year);
            var edges = new Bilingual($"{Count(bands.Edges.Count, "band edge")} ({edgeSource.En}), so {bands.Edges.Count + 1} bands,",
                $"{bands.Edges.Count} 个分档界限（{edgeSource.Zh}），即 {bands.Edges.Count + 1} 档，");
            var thresholdsFit = bands.Thresholds.Count == bands.Edges.Count + 1;
            var edgeRuleFits = bands.EdgeInLowerBand.Count == bands.Edges.Count;
            if (!thresholdsFit)
            {
                var source = Source(settings, Thresholds, year);
                Report(settings, diagnostics, IsSet(settings, Thresholds, year) ? Thresholds : Edges, new(
                    $"in {year} the HNTE intensity rule has {edges.En} but {Count(bands.Thresholds.Count, "threshold")} ({source.En}): " +
                    $"give {Thresholds} one threshold per band, lowest revenue first.",
                    $"{year}年高新技术企业研发强度规则有{edges.Zh}但有 {bands.Thresholds.Count} 个门槛（{source.Zh}）：" +
                    $"请为 {Thresholds} 每档给出一个门槛，按收入从低到高排列。"));
            }
            if (!edgeRuleFits)
            {
                var source = Source(settings, EdgeRule, year);
                Report(settings, diagnostics, IsSet(settings, EdgeRule, year) ? EdgeRule : Edges, new(
                    $"in {year} the HNTE intensity rule has {edges.En} but {Count(bands.EdgeInLowerBand.Count, "edge rule")} ({source.En}): " +
                    $"give {EdgeRule} one true or false per edge, or a single true or false for every edge.",
                    $"{year}年高新技术企业研发强度规则有{edges.Zh}但有 {bands.EdgeInLowerBand.Count} 条界限归属规则（{source.Zh}）：" +
                    $"请为 {EdgeRule} 每个界限给出一个 true 或 false，或给出一个适用于所有界限的 true 或 false。"));
            }
            if (!thresholdsFit || !edgeRuleFits) return;
        }
    }

    /// <summary>Reports a misfit at the place <paramref name="culprit"/> was set.</summary>
    private static void Report(ResolvedSettings settings, DiagnosticBag diagnostics, string culprit, Bilingual message) =>
        diagnostics.Error(At(settings, culprit), culprit, message);

    private static bool IsSet(ResolvedSettings settings, string name, int year) => settings[name].Value.At(year) is not null;

    /// <summary>Where a part of the rule comes from in <paramref name="year"/>: its own parameter, or the preset.</summary>
    private static Bilingual Source(ResolvedSettings settings, string name, int year) =>
        IsSet(settings, name, year)
            ? Bilingual.Same($"{name} {ValueText.Format(settings[name].Value.At(year))}")
            : new($"the preset {settings[Preset].Value.At(year)}'s, as {name} is unset", $"{name} 未设置，取预设规则 {settings[Preset].Value.At(year)} 的");

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static SourceLocation At(ResolvedSettings settings, string name) =>
        settings[name].Origin ?? settings[Preset].Origin ?? new SourceLocation("(defaults)", 0, 0);
}
