using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>A sensitivity analysis on the terminal: each headline metric's base value, its band, and the parameter that moves it most.</summary>
public static class SensitivitySummary
{
    /// <summary>Prints <paramref name="result"/> to standard output.</summary>
    public static void Print(SensitivityResult result)
    {
        var t = ChartText.For(ChartLanguage.En);
        var table = new Table().Border(TableBorder.Simple).Title("Cumulative over the run · mn CNY · mean over replicates");
        table.AddColumn("metric");
        foreach (var header in new[] { "base run", "lowest", "highest" }) table.AddColumn(new TableColumn(header).RightAligned());
        table.AddColumn("moved most by");
        foreach (var metric in SensitivityMetric.All)
        {
            var (low, high) = result.Band(metric);
            var top = result.Bars(metric).FirstOrDefault();
            table.AddRow(Markup.Escape(metric.Label(t)), Format(result.Base.Of(metric), metric.Format), Format(low, metric.Format), Format(high, metric.Format),
                top is null ? "–" : Markup.Escape($"{top.Parameter} ({top.LowValue} – {top.HighValue})"));
        }
        CliConsole.Out.Write(table);
    }

    private static string Format(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
