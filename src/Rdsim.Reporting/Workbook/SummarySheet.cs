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
    /// <summary>How many replicate seeds the sheet lists (the years sheet has every one).</summary>
    private const int ListedSeeds = 20;

    /// <summary>The summary of <paramref name="run"/>, in the words of <paramref name="t"/> (English by default).</summary>
    public static XlsxSheet Of(RunResult run, WorkbookText? t = null)
    {
        t ??= WorkbookText.For(Charts.ChartLanguage.En);
        var m = run.Manifest;
        var h = Headline.Of(run.Years);
        var seeds = string.Join(", ", m.ReplicateSeeds.Take(ListedSeeds).Select(s => s.ToString(CultureInfo.InvariantCulture)))
            + (m.ReplicateSeeds.Count > ListedSeeds ? t.Item("run.moreSeeds", m.ReplicateSeeds.Count) : "");
        var span = $"{m.FirstYear}–{m.LastYear}";
        List<IReadOnlyList<XlsxCell>> rows =
        [
            Text(t.Item("run.scenario"), m.Scenario.Name),
            Text(t.Item("run.description"), m.Scenario.Description ?? ""),
            Text(t.Item("run.scenarioFile"), m.Scenario.Source),
            Text(t.Item("run.years"), span),
            Value(t.Item("run.replicates"), run.Years.Replicates, XlsxFormat.Whole, t.Item("run.replicatesUnit")),
            Text(t.Item("run.seed"), m.Seed.ToString(CultureInfo.InvariantCulture), t.Item("run.seedUnit")),
            Text(t.Item("run.replicateSeeds"), seeds, t.Item("run.text")),
            Value(t.Item("run.firms"), m.Firms, XlsxFormat.Count, t.Item("run.firmsUnit")),
            Value(t.Item("run.represents", m.FirstYear), m.Represents, XlsxFormat.Count, t.Item("run.representsUnit")),
            Text(t.Item("run.population"), m.Population),
            Text(t.Item("run.universe"), t.Of(m.Scenario.Universe)),
            Text(t.Item("run.fit"), t.Of(m.Scenario.Fit)),
            [],
            ItemRows.Heading(t.Item("run.headline", span)),
            Value(t.Item("run.induced"), h.InducedRealRd, XlsxFormat.Money, t.Item("run.money")),
            Value(t.Item("run.forgone"), h.RevenueForgone, XlsxFormat.Money, t.Item("run.money")),
            Value(t.Item("run.bang"), h.BangForBuck, XlsxFormat.Ratio, t.Item("run.bangUnit")),
            Value(t.Item("run.relabelled"), h.RelabelledShare, XlsxFormat.Share, t.Item("run.fraction")),
            Value(t.Item("run.deadweight"), h.DeadweightShare, XlsxFormat.Share, t.Item("run.fraction")),
            Value(t.Item("run.hnte", m.LastYear), h.HnteFirms, XlsxFormat.Count, t.Item("run.firmsUnit")),
            Value(t.Item("run.claimants", m.LastYear), h.Claimants, XlsxFormat.Count, t.Item("run.firmsUnit")),
            [],
            Text(t.Item("run.engine"), $"{m.Engine} ({m.Cluster})"),
            Text(t.Item("run.tool"), $"{m.Tool} {m.Version}"),
            Text(t.Item("run.fingerprint"), m.ResultFingerprint),
            Text(t.Item("run.command"), m.Command),
            [],
            [XlsxCell.Of(t.RoundingNote)],
        ];
        return ItemRows.Sheet(t.SummarySheet, t.SummaryHeader, rows);
    }
}
