using System.Globalization;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>The side-by-side headline of compared scenarios: on the terminal, and as <c>summary.csv</c>.</summary>
public static class CompareSummary
{
    private static readonly (string Name, string Header, Func<Headline, double> Value, string Format)[] Columns =
    [
        ("cum_induced_real_rd", "induced real R&D", h => h.InducedRealRd, "N0"),
        ("cum_revenue_forgone", "revenue forgone", h => h.RevenueForgone, "N0"),
        ("cum_bang_for_buck", "bang/buck", h => h.BangForBuck, "F2"),
        ("relabelled_share", "relabelled", h => h.RelabelledShare, "P1"),
        ("deadweight_share", "deadweight", h => h.DeadweightShare, "P1"),
        ("hnte_firms_last_year", "HNTEs (last yr)", h => h.HnteFirms, "N0"),
        ("claimants_last_year", "claimants (last yr)", h => h.Claimants, "N0"),
    ];

    /// <summary>Prints the table to standard output.</summary>
    public static void Print(IReadOnlyList<RunResult> runs)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Cumulative over the run · mn CNY · mean over replicates");
        table.AddColumn("scenario");
        foreach (var c in Columns) table.AddColumn(new TableColumn(Markup.Escape(c.Header)).RightAligned());
        foreach (var run in runs)
        {
            var h = Headline.Of(run.Years);
            table.AddRow([Markup.Escape(run.Name), .. Columns.Select(c => Format(c.Value(h), c.Format))]);
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
