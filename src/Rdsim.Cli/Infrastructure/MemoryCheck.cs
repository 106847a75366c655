using System.Globalization;
using Rdsim.Engine;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Refuses, before anything is simulated, a run whose <see cref="MemoryEstimate"/> exceeds <see cref="Share"/> of the
/// memory available, naming the estimate, the memory and what to change; <c>--force</c> runs it anyway.
/// </summary>
public static class MemoryCheck
{
    /// <summary>The share of the available memory a run may be estimated to need (the estimate is within about 20%).</summary>
    public const double Share = 0.8;

    /// <summary>Throws <see cref="InputException"/> when <paramref name="estimate"/> does not fit, unless <paramref name="force"/>.</summary>
    /// <param name="scenario">The scenario, whose file the refusal names.</param>
    /// <param name="estimate">What the run needs.</param>
    /// <param name="force">Whether <c>--force</c> was given.</param>
    public static void Require(Scenario scenario, MemoryEstimate estimate, bool force)
    {
        var available = Available();
        if (force || estimate.Bytes <= Share * available) return;
        var instead = Instead(estimate.Placement);
        throw new InputException(Diagnostic.Error(scenario.SourcePath, 0, 0, "", new(
            string.Create(CultureInfo.InvariantCulture,
                $"this run needs about {MemoryEstimate.Text(estimate.Bytes)} of memory, more than {Share * 100:0}% of the {MemoryEstimate.Text(available)} " +
                $"available on this machine: {estimate.Basis}. Use fewer firms (population.firms) or replicates{instead.En}; --force runs it anyway."),
            string.Create(CultureInfo.InvariantCulture,
                $"这次运行约需 {MemoryEstimate.Text(estimate.Bytes)} 内存，超过本机可用的 {MemoryEstimate.Text(available)} 的 {Share * 100:0}%（估算依据：\"{estimate.Basis}\"）。" +
                $"请减少企业数（population.firms）或重复模拟次数{instead.Zh}；--force 可强制运行。"))));
    }

    /// <summary>
    /// What else holds the firms in less memory here, for the engine the run has: the reference loop from the orleans engine,
    /// a cluster from either; nothing from a cluster client, which holds the firms' traits itself.
    /// </summary>
    private static Bilingual Instead(FirmPlacement firms) => firms switch
    {
        FirmPlacement.LocalGrains => new(", --engine reference (≈ 0.8 KB a firm), or a cluster (--cluster, see \"Running on several machines\")",
            "，改用 --engine reference（每家企业约 0.8 KB），或使用集群（--cluster，见 README 的 \"Running on several machines\"）"),
        FirmPlacement.Loop => new(", or a cluster (--cluster, see \"Running on several machines\"; this client still holds ≈ 0.8 KB a firm)",
            "，或使用集群（--cluster，见 README 的 \"Running on several machines\"；客户端仍需每家企业约 0.8 KB）"),
        _ => new(" (this cluster client holds ≈ 0.8 KB a firm itself, whatever the silos hold)", "（集群客户端本身仍需每家企业约 0.8 KB，与各 silo 无关）"),
    };

    /// <summary>
    /// The memory this process can count on: what the kernel reports available (MemAvailable) plus what the process already
    /// holds, within the limit the runtime sees (a container's or <c>DOTNET_GCHeapHardLimit</c>).
    /// </summary>
    public static long Available()
    {
        var limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return MemAvailable() is { } free ? Math.Min(limit, free + Environment.WorkingSet) : limit;
    }

    private static long? MemAvailable()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
