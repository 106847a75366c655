namespace Rdsim.Reporting.Compare;

/// <summary>Pairs two runs' years by calendar year (scenarios of a comparison may report different years).</summary>
internal static class YearIndex
{
    /// <summary>The position of <paramref name="year"/> in <paramref name="years"/>, or −1 when that run does not report it.</summary>
    public static int Of(IReadOnlyList<int> years, int year)
    {
        for (var i = 0; i < years.Count; i++) if (years[i] == year) return i;
        return -1;
    }
}
