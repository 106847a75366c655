using System.Diagnostics;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Randomness;
using Rdsim.Model.Simulation;

namespace Rdsim.Engine.Reference;

/// <summary>
/// The reference engine: a plain in-process loop over the model. It is the oracle every other engine
/// is tested against and the speed limit they are measured against. Firms of a year are stepped on all
/// cores; aggregates are exact, so the split across threads cannot change a digit.
/// </summary>
public sealed class ReferenceEngine : ISimulationEngine
{
    private readonly int _parallelism;

    /// <summary>A reference engine using up to <paramref name="parallelism"/> threads (default: all cores).</summary>
    public ReferenceEngine(int? parallelism = null)
    {
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
    }

    /// <inheritdoc />
    public string Name => "reference";

    /// <inheritdoc />
    public string Placement => $"in-process loop on {_parallelism} cores";

    /// <inheritdoc />
    public EngineCapabilities Capabilities { get; } = new(ObservesFirms: true, FirmPlacement.Loop);

    /// <inheritdoc />
    public Task<SimulationResult> RunAsync(SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken) =>
        Task.Run(() => Run(input, progress, cancellationToken), cancellationToken);

    private SimulationResult Run(SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        input.Validate(Capabilities);
        var clock = Stopwatch.StartNew();
        var run = input.Run;
        var firms = input.Firms;
        var firmYearsPerYear = 2L * firms.Count;
        var done = 0L;
        var firstYearTime = TimeSpan.Zero;
        var setupTime = clock.Elapsed;
        var replicates = new List<ReplicateResult>(run.Replications);
        // One pair of state arrays for every replicate: each starts again from the same initial states. Arrays made
        // anew per replicate stayed in memory until a full collection, ~0.7 KB a firm for each replicate run so far.
        var scenario = new FirmState[firms.Count];
        var counterfactual = new FirmState[firms.Count];

        for (var replicate = 0; replicate < run.Replications; replicate++)
        {
            // A driver per replicate: replicates run one after another, on the same two arrays.
            var driver = new YearDriver(input, replicate, 1);
            InitialStates(driver, firms, World.Scenario, scenario);
            InitialStates(driver, firms, World.Counterfactual, counterfactual);
            while (!driver.Finished)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var year = driver.NextYear;
                var yearStart = clock.Elapsed;
                var inputs = driver.InputsFor(year);
                var observed = input.Observer is not null && year >= run.FirstYear ? new Outcomes(firms.Count) : null;
                var (withPolicy, without) = StepYear(input, scenario, counterfactual, inputs[YearDriver.Slot(0, World.Scenario)],
                    inputs[YearDriver.Slot(0, World.Counterfactual)], observed, cancellationToken);
                if (observed is not null) input.Observer!.Observe(replicate, year, observed.Scenario, observed.Counterfactual);
                driver.Record(year, [withPolicy, without]);
                if (replicate == 0 && year == run.StartYear) firstYearTime = clock.Elapsed - yearStart;
                done += firmYearsPerYear;
                progress?.Report(new RunProgress(done, input.TotalFirmYears, replicate, year, clock.Elapsed));
            }
            replicates.AddRange(driver.Results());
        }

        var timings = new Dictionary<string, TimeSpan>
        {
            ["setup"] = setupTime,
            ["firstYear"] = firstYearTime,
            ["total"] = clock.Elapsed,
        };
        return new SimulationResult(Name, replicates, timings);
    }

    private static void InitialStates(YearDriver driver, IReadOnlyList<FirmTraits> firms, World world, FirmState[] states)
    {
        for (var i = 0; i < states.Length; i++) states[i] = driver.InitialState(firms[i], world);
    }

    private (YearBreakdown Scenario, YearBreakdown Counterfactual) StepYear(SimulationInput input, FirmState[] scenario,
        FirmState[] counterfactual, YearInputs scenarioInputs, YearInputs counterfactualInputs, Outcomes? observed, CancellationToken cancellationToken)
    {
        var total = (Scenario: new YearBreakdown(), Counterfactual: new YearBreakdown());
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken };
        var firms = input.Firms;
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, firms.Count, ChunkSize(firms.Count)),
            options,
            () => (Scenario: new YearBreakdown(), Counterfactual: new YearBreakdown()),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    if (observed is null)
                    {
                        PairedYear.Step(firms[i], ref scenario[i], ref counterfactual[i], scenarioInputs, counterfactualInputs,
                            input.Model, local.Scenario, local.Counterfactual);
                        continue;
                    }
                    var (withPolicy, without) = PairedYear.Step(firms[i], ref scenario[i], ref counterfactual[i], scenarioInputs, counterfactualInputs, input.Model);
                    PairedYear.Aggregate(withPolicy, without, firms[i], local.Scenario, local.Counterfactual);
                    observed.Scenario[i] = withPolicy;
                    observed.Counterfactual[i] = without;
                }
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    total.Scenario.Merge(local.Scenario);
                    total.Counterfactual.Merge(local.Counterfactual);
                }
            });
        return total;
    }

    /// <summary>One year's outcomes of every firm in both worlds, kept for an observer.</summary>
    private sealed class Outcomes(int firms)
    {
        public FirmYearOutcome[] Scenario { get; } = new FirmYearOutcome[firms];

        public FirmYearOutcome[] Counterfactual { get; } = new FirmYearOutcome[firms];
    }

    private int ChunkSize(int firms) => Math.Max(256, firms / (_parallelism * 8) + 1);
}
