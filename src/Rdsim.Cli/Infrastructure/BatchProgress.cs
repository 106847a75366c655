using System.Diagnostics;
using Rdsim.Engine;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Turns the progress of one sweep point's run into progress over the whole sweep (for the bar and time left).</summary>
/// <param name="total">Firm-years of every point still to run.</param>
/// <param name="sink">Where the sweep's progress goes.</param>
public sealed class SweepProgress(long total, IProgress<RunProgress> sink)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _finished;

    /// <summary>Progress for the next point: its firm-years are added to those of the points finished before it.</summary>
    public IProgress<RunProgress> Point() => new Progress(this);

    /// <summary>Records a finished point of <paramref name="firmYears"/>.</summary>
    public void Finished(long firmYears) => _finished += firmYears;

    private void Forward(RunProgress value) =>
        sink.Report(value with { FirmYearsDone = _finished + value.FirmYearsDone, FirmYearsTotal = total, Elapsed = _clock.Elapsed });

    private sealed class Progress(SweepProgress sweep) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => sweep.Forward(value);
    }
}
