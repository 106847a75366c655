using System.Diagnostics;
using Rdsim.Engine;
using Rdsim.Scenarios;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Turns the progress of a batch's runs (a sweep's points, a comparison's scenarios), one or several in flight at once, into
/// progress over the whole batch (for the bar and time left). Runs report from any thread; the sink hears one report at a time.
/// The batch's total starts from estimates (<see cref="FirmYears"/>) and takes each run's own total, entrants included, once the
/// run reports it.
/// </summary>
/// <param name="total">Estimated firm-years of every run still to go.</param>
/// <param name="sink">Where the batch's progress goes.</param>
public sealed class BatchProgress(long total, IProgress<RunProgress> sink)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _total = total;
    private long _done;

    /// <summary>The firm-years a run of <paramref name="scenario"/> is estimated at before its firms are drawn: its firms (not their entrants), both worlds, every simulated year and replicate.</summary>
    public static long FirmYears(Scenario scenario) => (long)scenario.Population.Firms * scenario.Run.SimulatedYears * scenario.Run.Replications * 2;

    /// <summary>Progress for a run that starts now, estimated at <paramref name="firmYears"/> in the batch's total.</summary>
    public Run Start(long firmYears) => new(this, firmYears);

    private void Forward(Run run, RunProgress value)
    {
        lock (_gate)
        {
            _total += value.FirmYearsTotal - run.Total;
            _done += value.FirmYearsDone - run.Done;
            (run.Total, run.Done) = (value.FirmYearsTotal, value.FirmYearsDone);
            sink.Report(value with { FirmYearsDone = _done, FirmYearsTotal = _total, Elapsed = _clock.Elapsed });
        }
    }

    private void End(Run run)
    {
        lock (_gate)
        {
            _done += run.Total - run.Done;
            run.Done = run.Total;
        }
    }

    /// <summary>One run's progress.</summary>
    public sealed class Run : IProgress<RunProgress>
    {
        private readonly BatchProgress _batch;

        internal Run(BatchProgress batch, long estimate) => (_batch, Total) = (batch, estimate);

        /// <summary>The run's firm-years as the batch counts them: the estimate until the run reports its own.</summary>
        internal long Total { get; set; }

        /// <summary>Firm-years this run has reported done.</summary>
        internal long Done { get; set; }

        /// <inheritdoc />
        public void Report(RunProgress value) => _batch.Forward(this, value);

        /// <summary>Records the run finished.</summary>
        public void Finished() => _batch.End(this);
    }
}
