using System.Globalization;

namespace Rdsim.Benchmarks;

/// <summary>What a figure needs next to it to be read on a shared machine: the CPU, its cores and the load (Linux /proc).</summary>
internal static class Machine
{
    /// <summary>The CPU's model name and the cores the process may use.</summary>
    public static string Cpu() =>
        $"{File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "CPU unknown"}" +
        $", {Environment.ProcessorCount} cores";

    /// <summary>The load averages over 1, 5 and 15 minutes, as <c>uptime</c> prints them.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg")
            ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString("F2", CultureInfo.InvariantCulture)))
            : "load unknown";
}
