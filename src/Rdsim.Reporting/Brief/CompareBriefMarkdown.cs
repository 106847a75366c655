using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;

namespace Rdsim.Reporting.Brief;

/// <summary>The tables of the comparison brief as Markdown: a scenario minus the baseline by year, and the parameters that differ.</summary>
public static class CompareBriefMarkdown
{
    /// <summary>
    /// The table of <paramref name="rows"/> (<see cref="HeadlineDifference.Of"/>: every year together, then each year), the
    /// first row labelled <paramref name="span"/>.
    /// </summary>
    public static string Differences(IReadOnlyList<HeadlineDifference> rows, string span, CompareText c)
    {
        var table = new System.Text.StringBuilder()
            .Append($"| {c.Span} | {c.DeltaInduced} | {c.DeltaForgone} | {c.MarginalBang} | {c.Relabelled} | {c.Deadweight} | {c.DeltaHnte} | {c.DeltaClaimants} |\n")
            .Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            var label = r.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : $"**{span}**";
            table.Append($"| {label} | {Signed(r.InducedRealRd)} | {Signed(r.RevenueForgone)} | {Number(r.MarginalBangForBuck, "0.00")} | ")
                .Append($"{Change(r.Baseline.RelabelledShare, r.Scenario.RelabelledShare)} | {Change(r.Baseline.DeadweightShare, r.Scenario.DeadweightShare)} | ")
                .Append($"{Signed(r.HnteFirms)} | {Signed(r.Claimants)} |\n");
        }
        return table.ToString();
    }

    /// <summary>The parameters of <paramref name="differences"/>, or a line saying that none differs.</summary>
    public static string Parameters(IReadOnlyList<ParameterDifference> differences, CompareText c)
    {
        if (differences.Count == 0) return MarkdownText.Escape(c.NoParameterDiffers) + "\n";
        return $"| {c.Parameter} | {c.Years} | {c.BaselineValue} | {c.ScenarioValue} | {c.Unit} |\n|---|---|---|---|---|\n"
            + string.Concat(differences.Select(d =>
                $"| {MarkdownText.Code(d.Name)} | {E(d.Years ?? c.EveryYear)} | {E(d.BaselineValue)} | {E(d.Value)} | {E(d.Unit)} |\n"));
    }

    private static string E(string text) => MarkdownText.Escape(text);

    private static string Signed(double value) => Number(value, "+#,0;-#,0;0");

    /// <summary>A share's change, kept on one line (no-break spaces around the arrow).</summary>
    private static string Change(double from, double to) => $"{Share(from)}\u00a0→\u00a0{Share(to)}";

    private static string Share(double value) => Number(value, "0.0%");

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
