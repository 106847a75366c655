using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sweeps;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>The sweep's points on the terminal: swept values and cumulative outcomes, non-dominated points starred.</summary>
public static class SweepTable
{
    /// <summary>Prints <paramref name="points"/> to standard output in <paramref name="language"/>, money in <paramref name="unit"/>.</summary>
    public static void Print(IReadOnlyList<SweepSummary> points, IReadOnlyList<string> parameters, ChartLanguage language, MoneyUnit unit)
    {
        var text = ConsoleText.For(language);
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(string.Format(CultureInfo.InvariantCulture, text.SweepTitle, unit.Label(language))));
        table.AddColumn(new TableColumn(Markup.Escape(text.SweepColumns[0])).RightAligned());
        foreach (var p in parameters) table.AddColumn(new TableColumn(Markup.Escape(p)).RightAligned());
        foreach (var h in text.SweepColumns.Skip(1).Append("")) table.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        foreach (var s in points)
        {
            table.AddRow([s.Point.ToString(CultureInfo.InvariantCulture), .. s.Values.Select(Markup.Escape),
                unit.Text(s.InducedRealRd), unit.Text(s.RevenueForgone),
                double.IsFinite(s.BangForBuck) ? s.BangForBuck.ToString("F2", CultureInfo.InvariantCulture) : Rdsim.Reporting.Tables.NoValue.Mark,
                points.Any(s.IsDominatedBy) ? "" : "*"]);
        }
        CliConsole.Out.Write(table);
    }
}
