using System.Globalization;
using Rdsim.Reporting.Sweeps;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>The sweep's points on the terminal: swept values and cumulative outcomes, non-dominated points starred.</summary>
public static class SweepTable
{
    /// <summary>Prints <paramref name="points"/> to standard output.</summary>
    public static void Print(IReadOnlyList<SweepSummary> points, IReadOnlyList<string> parameters)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Cumulative over the run · mn CNY · mean over replicates · * = not dominated");
        table.AddColumn(new TableColumn("point").RightAligned());
        foreach (var p in parameters) table.AddColumn(new TableColumn(Markup.Escape(p)).RightAligned());
        foreach (var h in new[] { "induced real R&D", "revenue forgone", "bang/buck", "" }) table.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        foreach (var s in points)
        {
            table.AddRow([s.Point.ToString(CultureInfo.InvariantCulture), .. s.Values.Select(Markup.Escape),
                s.InducedRealRd.ToString("N0", CultureInfo.InvariantCulture), s.RevenueForgone.ToString("N0", CultureInfo.InvariantCulture),
                double.IsFinite(s.BangForBuck) ? s.BangForBuck.ToString("F2", CultureInfo.InvariantCulture) : "–",
                points.Any(s.IsDominatedBy) ? "" : "*"]);
        }
        CliConsole.Out.Write(table);
    }
}
