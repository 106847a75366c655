using System.Globalization;

namespace Rdsim.Reporting.Tables;

/// <summary>Formats values for result tables: invariant culture, round-trip precision, empty for undefined.</summary>
public static class CsvText
{
    /// <summary>A double with round-trip precision; empty when not finite (e.g. a ratio with a zero denominator).</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>An integer.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A ratio, empty when the denominator is zero.</summary>
    public static string Ratio(double numerator, double denominator) => Number(denominator != 0 ? numerator / denominator : double.NaN);
}
