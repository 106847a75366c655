namespace Rdsim.Benchmarks;

/// <summary>The process's peak resident set size, from /proc/self/status (Linux).</summary>
internal static class Memory
{
    /// <summary>The peak's growth above <paramref name="baselineGb"/> (the input built), per firm, in bytes.</summary>
    public static double BytesPerFirm(double baselineGb, int firms) => (PeakGb() - baselineGb) * 1024 * 1024 * 1024 / firms;

    public static double PeakGb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null) return double.NaN;
        var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return kb / 1024.0 / 1024.0;
    }
}
