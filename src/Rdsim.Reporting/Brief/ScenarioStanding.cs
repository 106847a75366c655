using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// What a run's numbers may be read as, printed before any number: the scenario's fit status (or that it has none), its
/// caveats (<c>caveats:</c>, what not to read into the results) and what its population stands for, and that it does not when a
/// change resized it away from the universe described.
/// </summary>
public static class ScenarioStanding
{
    /// <summary>The standing of the run of <paramref name="manifest"/>, as HTML.</summary>
    public static string Html(RunManifest manifest, ChartLanguage language)
    {
        var (t, chinese, s) = (ChartText.For(language), language == ChartLanguage.Zh, manifest.Scenario);
        var fit = s.Fit?.For(chinese) ?? t.NotFitted;
        var size = string.Format(CultureInfo.InvariantCulture, t.Represents, manifest.Firms.ToString("#,0", CultureInfo.InvariantCulture),
            manifest.Represents.ToString("#,0", CultureInfo.InvariantCulture), manifest.FirstYear);
        var universe = s.Universe is { } u ? t.WithAside(u.For(chinese), size) : size;
        if (s.UniverseMismatch is { } m) universe += " " + Resized(m, t);
        var caveats = s.Caveats is { Count: > 0 } list
            ? $"<p class=\"status\"><strong>{E(t.Labelled(t.Caveats))}</strong></p>\n<ul class=\"caveats\">\n"
                + string.Concat(list.Select(c => $"<li>{E(c.For(chinese))}</li>\n")) + "</ul>\n"
            : "";
        return $"<div class=\"standing\">\n<p class=\"status\"><strong>{E(t.Labelled(t.FitStatus))}</strong> {E(fit)}</p>\n"
            + caveats
            + $"<p class=\"status\"><strong>{E(t.Labelled(t.Universe))}</strong> {E(universe)}</p>\n</div>\n";
    }

    /// <summary>Whether two runs read alike: the same fit, caveats and population (a reform that extends its baseline and says nothing of its own).</summary>
    public static bool Same(RunManifest a, RunManifest b) =>
        Equals(a.Scenario.Fit, b.Scenario.Fit) && Equals(a.Scenario.Universe, b.Scenario.Universe)
        && (a.Scenario.Caveats ?? []).SequenceEqual(b.Scenario.Caveats ?? []) && a.Firms == b.Firms && a.Represents == b.Represents
        && Equals(a.Scenario.UniverseMismatch?.Warning, b.Scenario.UniverseMismatch?.Warning);

    /// <summary>That the run's totals are not the described universe's: which changes resized it, to how many enterprises, from how many.</summary>
    private static string Resized(Scenarios.Populations.UniverseMismatch m, ChartText t)
    {
        static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, t.Resized, string.Join(" ", m.Changes), N(m.Run.Firms), N(m.Run.Weight), N(m.Run.Enterprises),
            N(m.Written.Firms), N(m.Written.Weight), N(m.Written.Enterprises));
    }

    private static string E(string text) => BriefPage.Encode(text);
}
