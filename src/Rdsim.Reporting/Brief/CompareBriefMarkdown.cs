using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;

namespace Rdsim.Reporting.Brief;

/// <summary>The tables of the comparison brief as Markdown: a scenario minus the baseline by year, and the parameters that differ.</summary>
public static class CompareBriefMarkdown
{
    /// <summary>
    /// The table of <paramref name="rows"/> (<see cref="HeadlineDifference.Of"/>: every year together, then each year), the
    /// first row labelled <paramref name="span"/>, money in <paramref name="unit"/>.
    /// </summary>
    public static string Differences(IReadOnlyList<HeadlineDifference> rows, string span, CompareText c, MoneyUnit unit)
    {
        var table = new System.Text.StringBuilder()
            .Append($"| {c.Span} | {c.DeltaInduced} | {c.DeltaForgone} | {c.MarginalBang} | {c.Relabelled} | {c.Deadweight} | {c.DeltaHnte} | {c.DeltaClaimants} |\n")
            .Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            var label = r.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : $"**{span}**";
            table.Append($"| {label} | {unit.Signed(r.InducedRealRd)} | {unit.Signed(r.RevenueForgone)} | {Number(r.MarginalBangForBuck, "0.00")} | ")
                .Append($"{Change(r.Baseline.RelabelledShare, r.Scenario.RelabelledShare)} | {Change(r.Baseline.DeadweightShare, r.Scenario.DeadweightShare)} | ")
                .Append($"{Signed(r.HnteFirms)} | {Signed(r.Claimants)} |\n");
        }
        return table.ToString();
    }

    /// <summary>The parameters of <paramref name="differences"/>, units in the language of <paramref name="b"/>, or a line saying that none differs.</summary>
    public static string Parameters(IReadOnlyList<ParameterDifference> differences, CompareText c, BriefText b)
    {
        if (differences.Count == 0) return MarkdownText.Escape(c.NoParameterDiffers) + "\n";
        return $"| {c.Parameter} | {c.Years} | {c.BaselineValue} | {c.ScenarioValue} | {c.Unit} |\n|---|---|---|---|---|\n"
            + string.Concat(differences.Select(d =>
                $"| {MarkdownText.Code(d.Name)} | {E(d.Years ?? c.EveryYear)} | {E(d.BaselineValue)} | {E(d.Value)} | {E(b.ParameterUnit(d.Unit))} |\n"));
    }

    /// <summary>
    /// The sensitivity table of <paramref name="sensitivity"/>: for Δ induced real R&amp;D, Δ revenue forgone and the marginal bang
    /// for the buck, the plain comparison's value, the lowest and highest over it and the sensitivity runs, and the parameter whose
    /// two ends move it most; then how the runs were made.
    /// </summary>
    public static string Sensitivity(ReformSensitivity sensitivity, CompareText c, ChartText t)
    {
        (string Label, Func<DifferencePoint, double> Value, Func<double, string> Format)[] rows =
        [
            (c.DeltaInduced, p => p.InducedRealRd, t.Unit.Signed), (c.DeltaForgone, p => p.RevenueForgone, t.Unit.Signed),
            (c.MarginalBang, p => p.MarginalBangForBuck, v => Number(v, "0.00")),
        ];
        var table = new System.Text.StringBuilder($"| | {c.Central} | {t.Lowest} | {t.Highest} | {t.LargestSwing} |\n|---|---:|---:|---:|---|\n");
        foreach (var (label, value, format) in rows)
        {
            var (low, high) = sensitivity.Band(value);
            var mover = SensitivityMarkdown.Mover(sensitivity.MovedMostBy(value));
            table.Append($"| {label} | {format(value(sensitivity.Central))} | {format(low)} | {format(high)} | {mover} |\n");
        }
        // The note is rdsim's own text; only the names in it come from outside, as code spans.
        var names = string.Join(", ", sensitivity.Parameters.Select(MarkdownText.Code));
        return table.Append('\n').Append(string.Format(CultureInfo.InvariantCulture, c.SensitivityNote, sensitivity.Parameters.Count, names)).Append('\n').ToString();
    }

    private static string E(string text) => MarkdownText.Escape(text);

    private static string Signed(double value) => Number(value, "+#,0;-#,0;0");

    /// <summary>A share's change, kept on one line (no-break spaces around the arrow).</summary>
    private static string Change(double from, double to) => $"{Share(from)}\u00a0→\u00a0{Share(to)}";

    private static string Share(double value) => Number(value, "0.0%");

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Tables.NoValue.Mark;
}
