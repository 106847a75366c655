using System.Globalization;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Charts;

/// <summary>The numbers a chart was drawn from, written beside it as CSV.</summary>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows of cells, already formatted.</param>
public sealed record ChartTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>One row per year: for each band its mean, 5th and 95th percentile across replicates.</summary>
    public static ChartTable OfBands(params (string Name, SeriesBand Band)[] bands)
    {
        var columns = new List<string> { "year" };
        foreach (var (name, _) in bands) columns.AddRange([$"{name}_mean", $"{name}_p5", $"{name}_p95"]);
        var years = bands[0].Band.Years;
        var rows = years.Select((year, i) => (IReadOnlyList<string>)[Year(year),
            .. bands.SelectMany(b => new[] { CsvText.Number(b.Band.Mean[i]), CsvText.Number(b.Band.Low[i]), CsvText.Number(b.Band.High[i]) })]).ToList();
        return new ChartTable(columns, rows);
    }

    /// <summary>One row per x value, one column per series.</summary>
    public static ChartTable OfSeries(string x, IReadOnlyList<string> xs, params (string Name, double[] Values)[] series) =>
        new([x, .. series.Select(s => s.Name)],
            [.. xs.Select((value, i) => (IReadOnlyList<string>)[value, .. series.Select(s => CsvText.Number(s.Values[i]))])]);

    /// <summary>Writes the table as CSV, atomically, with a byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public void Write(string path, bool byteOrderMark = false) =>
        TableWriter.Write(path, [.. Columns.Select((name, i) => Column<IReadOnlyList<string>>.Text(name, "", "", r => r[i]))], Rows, byteOrderMark);

    /// <summary>A year as text.</summary>
    public static string Year(double year) => year.ToString("0", CultureInfo.InvariantCulture);
}
