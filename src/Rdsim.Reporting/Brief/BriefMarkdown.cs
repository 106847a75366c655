using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Brief;

/// <summary>The text parts of a brief as Markdown: headline numbers, assumptions, parameters with references, the command.</summary>
public static class BriefMarkdown
{
    /// <summary>The headline numbers of <paramref name="run"/>.</summary>
    public static string Headline(RunResult run, ChartText t)
    {
        var h = Data.Headline.Of(run.Years);
        var span = $"{run.Manifest.FirstYear}–{run.Manifest.LastYear}";
        return $"| | {span} |\n|---|---:|\n"
            + $"| {t.InducedRd} | {Money(h.InducedRealRd)} |\n"
            + $"| {t.Forgone} | {Money(h.RevenueForgone)} |\n"
            + $"| {t.BangForBuck} ({t.Cumulative}) | {Number(h.BangForBuck, "0.00")} |\n"
            + $"| {t.RelabelledShare} | {Number(h.RelabelledShare, "0.0%")} |\n"
            + $"| {t.DeadweightShare} | {Number(h.DeadweightShare, "0.0%")} |\n"
            + $"| {t.HnteFirms} ({run.Manifest.LastYear}) | {Number(h.HnteFirms, "#,0")} |\n"
            + $"| {t.Claimants} ({run.Manifest.LastYear}) | {Number(h.Claimants, "#,0")} |\n\n"
            + $"{run.Manifest.Firms:#,0} firms, {run.Years.Replicates} replicate(s); money in mn CNY; means over replicates. "
            + "Induced = with incentives minus the no-incentive counterfactual on the same firms and shocks. "
            + "Revenue forgone = tax collected without the incentives minus tax collected with them: the relief, plus the tax on "
            + "the profit firms give up by spending more on R&D (an expense), so it usually exceeds the relief; "
            + "bang for the buck = induced real R&D ÷ revenue forgone.\n";
    }

    /// <summary>What the model assumes, in brief (docs/model.md).</summary>
    public static string Assumptions(RunResult run) =>
        "- Each firm chooses R&D from its pre-tax user cost (the B-index): desired R&D ∝ B^(−ε), closing a share λ of the gap each year.\n"
        + "- Firms may relabel ordinary expenses as R&D, at an expected audit cost rising with the relabelled share of revenue.\n"
        + "- A firm meeting the HNTE criteria other than R&D intensity lifts its reported intensity to the threshold when the preferential rate is worth more than the cost (bunching).\n"
        + "- The deduction is worth τ·s per yuan at the firm's own rate: less to an HNTE, so a lower HNTE rate also lowers the deduction's pull. "
        + "A firm without taxable income saves nothing now: a yuan of deduction or credit is worth what it saves when a carried loss (or credit) is used against later income, discounted, or nothing if it expires first.\n"
        + "- Relief is counted by instrument: the extra deduction at the standard rate, then the HNTE rate cut, then credits.\n"
        + "- The counterfactual runs the same firms on the same random draws with every incentive off; induced R&D, revenue forgone and deadweight are differences between the two.\n"
        + $"- Population: {E(run.Manifest.Population)}; seed {run.Manifest.Seed}; engine {E(run.Manifest.Engine)}; tool {E(run.Manifest.Tool)} {E(run.Manifest.Version)}.\n";

    /// <summary>The parameters set by the scenario (not defaults) or, with <paramref name="defaults"/>, the others.</summary>
    public static string Parameters(RunResult run, bool defaults)
    {
        var rows = run.Manifest.Scenario.Parameters.Where(p => (p.Origin == "default") == defaults).ToList();
        if (rows.Count == 0) return "(none)\n";
        return "| parameter | value | unit | set in | meaning | reference |\n|---|---|---|---|---|---|\n"
            + string.Concat(rows.Select(p =>
            {
                var d = ParameterRegistry.Find(p.Name);
                return $"| {MarkdownText.Code(p.Name)} | {E(p.Value)} | {E(d?.Unit)} | {E(Path.GetFileName(p.Origin))} | {E(d?.Description)} | {E(d?.Reference)} |\n";
            }));
    }

    /// <summary>Text from the manifest or the registry, inert in Markdown (it may hold anything: the manifest is a file a user can edit).</summary>
    private static string E(string? text) => MarkdownText.Escape(text);

    private static string Money(double value) => Number(value, "#,0");

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
