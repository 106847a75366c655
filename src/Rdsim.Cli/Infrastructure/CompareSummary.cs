using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>The side-by-side headline of compared scenarios: on the terminal, and as <c>summary.csv</c>.</summary>
public static class CompareSummary
{
    /// <summary>The columns; a null format is an amount of money (shown in the chosen unit, stored in mn CNY).</summary>
    private static readonly (string Name, string Header, Func<Headline, double> Value, string? Format)[] Columns =
    [
        ("cum_induced_real_rd", "induced real R&D", h => h.InducedRealRd, null),
        ("cum_revenue_forgone", "revenue forgone", h => h.RevenueForgone, null),
        ("cum_bang_for_buck", "bang/buck", h => h.BangForBuck, "F2"),
        ("relabelled_share", "relabelled", h => h.RelabelledShare, "P1"),
        ("deadweight_share", "deadweight", h => h.DeadweightShare, "P1"),
        ("hnte_firms_last_year", "HNTEs (last yr)", h => h.HnteFirms, "N0"),
        ("claimants_last_year", "claimants (last yr)", h => h.Claimants, "N0"),
    ];

    /// <summary>Prints the table to standard output in <paramref name="language"/>, money in <paramref name="unit"/>.</summary>
    public static void Print(IReadOnlyList<RunResult> runs, ChartLanguage language, MoneyUnit unit)
    {
        var text = ConsoleText.For(language);
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(string.Format(CultureInfo.InvariantCulture, text.Cumulative, unit.Label(language))));
        table.AddColumn(Markup.Escape(text.CompareColumns[0]));
        foreach (var header in text.CompareColumns.Skip(1)) table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        foreach (var run in runs)
        {
            var h = Headline.Of(run.Years);
            table.AddRow([Markup.Escape(run.Name), .. Columns.Select(c => c.Format is { } f ? Format(c.Value(h), f) : unit.Text(c.Value(h)))]);
        }
        CliConsole.Out.Write(table);
    }

    /// <summary>Writes the table as CSV, with a byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public static void Write(string path, IReadOnlyList<RunResult> runs, bool byteOrderMark = false) =>
        TableWriter.Write(path,
            [Column<RunResult>.Text("scenario", "text", "Scenario name", r => r.Name),
             .. Columns.Select(c => Column<RunResult>.Number(c.Name, "", c.Header, r => c.Value(Headline.Of(r.Years))))],
            runs, byteOrderMark);

    private static string Format(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
