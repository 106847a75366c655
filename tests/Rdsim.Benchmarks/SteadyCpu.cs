using System.Diagnostics;
using Rdsim.Engine;

namespace Rdsim.Benchmarks;

/// <summary>
/// The process's CPU time spent on a run's steady years: between its first progress report (the end of its first year, when
/// the engine steps that year alone: see <see cref="Throughput.First"/>) and its last. CPU time, unlike wall time, hardly moves when other jobs share the cores, so its ratio between the engines is the
/// figure that holds on a loaded machine.
/// </summary>
internal sealed class SteadyCpu : IProgress<RunProgress>
{
    private TimeSpan _firstReport;
    private TimeSpan _lastReport;
    private bool _reported;

    /// <summary>CPU seconds from the first report to the last.</summary>
    public double Seconds => (_lastReport - _firstReport).TotalSeconds;

    public void Report(RunProgress value)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        if (!_reported) _firstReport = cpu;
        _reported = true;
        _lastReport = cpu;
    }
}
