using System.Globalization;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using static Rdsim.Reporting.Workbook.ItemRows;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// The workbook's first sheet: what ran (scenario, seed, replicates, the population and what it stands for) and the
/// headline totals the brief opens with (<see cref="Headline"/>), each with its unit. Seeds are text, so that a
/// spreadsheet keeps all their digits.
/// </summary>
public static class SummarySheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "summary";

    /// <summary>How many replicate seeds the sheet lists (the years sheet has every one).</summary>
    private const int ListedSeeds = 20;

    /// <summary>The summary of <paramref name="run"/>.</summary>
    public static XlsxSheet Of(RunResult run)
    {
        var m = run.Manifest;
        var h = Headline.Of(run.Years);
        var seeds = string.Join(", ", m.ReplicateSeeds.Take(ListedSeeds).Select(s => s.ToString(CultureInfo.InvariantCulture)))
            + (m.ReplicateSeeds.Count > ListedSeeds ? $", … ({m.ReplicateSeeds.Count} in all: see the seed column of the years sheet)" : "");
        var span = $"{m.FirstYear}–{m.LastYear}";
        List<IReadOnlyList<XlsxCell>> rows =
        [
            Text("Scenario", m.Scenario.Name),
            Text("Description", m.Scenario.Description ?? ""),
            Text("Scenario file", m.Scenario.Source),
            Text("Years reported", span),
            Value("Replicates", run.Years.Replicates, XlsxFormat.Whole, "shock paths over the same firms"),
            Text("Seed", m.Seed.ToString(CultureInfo.InvariantCulture), "text, so that every digit is kept"),
            Text("Replicate seeds", seeds, "text"),
            Value("Firms simulated", m.Firms, XlsxFormat.Count, "firms"),
            Value($"Enterprises they stand for in {m.FirstYear}", m.Represents, XlsxFormat.Count, "enterprises (the firms' weights summed)"),
            Text("Population", m.Population),
            Text("Universe", m.Scenario.Universe?.En ?? ""),
            Text("Fit", m.Scenario.Fit?.En ?? ""),
            [],
            ItemRows.Heading($"Headline, {span} (means over replicates)"),
            Value("Cumulative induced real R&D", h.InducedRealRd, XlsxFormat.Money, "mn CNY"),
            Value("Cumulative revenue forgone", h.RevenueForgone, XlsxFormat.Money, "mn CNY"),
            Value("Bang for the buck (cumulative)", h.BangForBuck, XlsxFormat.Ratio, "CNY of induced real R&D per CNY forgone"),
            Value("Relabelled share of induced reported R&D", h.RelabelledShare, XlsxFormat.Share, "fraction"),
            Value("Deadweight share of relief", h.DeadweightShare, XlsxFormat.Share, "fraction"),
            Value($"HNTE firms in {m.LastYear}", h.HnteFirms, XlsxFormat.Count, "firms"),
            Value($"Super-deduction claimants in {m.LastYear}", h.Claimants, XlsxFormat.Count, "firms"),
            [],
            Text("Engine", $"{m.Engine} ({m.Cluster})"),
            Text("Tool", $"{m.Tool} {m.Version}"),
            Text("Result fingerprint", m.ResultFingerprint),
            Text("Command", m.Command),
            [],
            [XlsxCell.Of("Numbers are rounded for reading by their cells' formats; each cell holds the full value of the CSV file beside this workbook.")],
        ];
        return ItemRows.Sheet(Name, ["item", "value", "unit"], rows);
    }
}
