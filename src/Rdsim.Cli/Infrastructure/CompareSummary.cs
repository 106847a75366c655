using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>The side-by-side headline of compared scenarios: on the terminal, and as <c>summary.csv</c>.</summary>
public static class CompareSummary
{
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
            table.AddRow([Markup.Escape(run.Name), .. HeadlineColumns.All.Select(c => c.Unit == "mn CNY" ? unit.Text(c.Value(h)) : Format(c.Value(h), TerminalFormat(c.Unit)))]);
        }
        CliConsole.Out.Write(table);
    }

    /// <summary>Writes the table as CSV, with a byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public static void Write(string path, IReadOnlyList<RunResult> runs, bool byteOrderMark = false) =>
        TableWriter.Write(path, HeadlineColumns.SummaryTable, runs, byteOrderMark);

    /// <summary>How the terminal shows a number of <paramref name="unit"/> other than money.</summary>
    private static string TerminalFormat(string unit) => unit switch { "fraction" => "P1", "firms" => "N0", _ => "F2" };

    private static string Format(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Rdsim.Reporting.Tables.NoValue.Mark;
}
