using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>A sensitivity analysis on the terminal: each headline metric's base value, its band, and the parameter that moves it most.</summary>
public static class SensitivitySummary
{
    /// <summary>Prints <paramref name="result"/> to standard output in <paramref name="language"/>, money in <paramref name="unit"/>.</summary>
    public static void Print(SensitivityResult result, ChartLanguage language, MoneyUnit unit)
    {
        var (t, text) = (ChartText.For(language, unit), ConsoleText.For(language));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(string.Format(CultureInfo.InvariantCulture, text.Cumulative, unit.Label(language))));
        var columns = text.SensitivityColumns;
        table.AddColumn(Markup.Escape(columns[0]));
        foreach (var header in columns.Skip(1).Take(3)) table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        table.AddColumn(Markup.Escape(columns[4]));
        foreach (var metric in SensitivityMetric.All)
        {
            var (low, high) = result.Band(metric);
            var top = result.Bars(metric).FirstOrDefault();
            table.AddRow(Markup.Escape(metric.Label(t)), metric.Text(result.Base.Of(metric), unit), metric.Text(low, unit), metric.Text(high, unit),
                top is null ? Rdsim.Reporting.Tables.NoValue.Mark : Markup.Escape($"{top.Parameter} ({top.LowValue} – {top.HighValue})"));
        }
        CliConsole.Out.Write(table);
    }
}
