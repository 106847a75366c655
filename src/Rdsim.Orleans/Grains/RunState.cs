using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Randomness;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// The coordinator's record of one run: its inputs, the feedback of every replicate's two worlds, the
/// log of year contexts (what lost firms replay from) and the reported results. In memory only: a
/// coordinator that loses it cannot continue the run, and says so.
/// </summary>
internal sealed class RunState
{
    private readonly PolicySchedule _scenario;
    private readonly PolicySchedule _counterfactual;
    private readonly ulong[] _seeds;
    private readonly List<YearContext> _log = [];
    private readonly List<YearRecord>[] _results;
    private WorldFeedback[]? _feedback;
    private int _loaded;

    public RunState(Guid runId, RunDefinition definition)
    {
        Definition = definition;
        _scenario = definition.Schedule();
        _counterfactual = _scenario.WithoutIncentives();
        var run = definition.Run;
        Firms = new FirmTraits[definition.FirmCount];
        _seeds = Enumerable.Range(0, run.Replications).Select(r => KeyedRandom.ReplicateSeed(run.Seed, r)).ToArray();
        _results = Enumerable.Range(0, run.Replications).Select(_ => new List<YearRecord>(run.ReportedYears)).ToArray();
        Setup = new RunSetup(runId, run.StartYear, run.Replications, definition.Model,
            _scenario.At(run.StartYear), _counterfactual.At(run.StartYear), definition.Tuning.FirmCallConcurrency);
        NextYear = run.StartYear;
    }

    public RunDefinition Definition { get; }

    public RunSetup Setup { get; }

    public FirmTraits[] Firms { get; }

    /// <summary>The next year to step.</summary>
    public int NextYear { get; private set; }

    /// <summary>Whether a step has been sent to the firms (so they may be active).</summary>
    public bool Started { get; private set; }

    public bool Finished => NextYear > Definition.Run.LastYear;

    /// <summary>Why the run cannot go on, once a step has failed.</summary>
    public string? Failure { get; set; }

    public void AddFirms(FirmBatch batch)
    {
        if (batch.FirstId < 0 || batch.FirstId + batch.Firms.Length > Firms.Length)
        {
            throw new ArgumentException($"Firms {batch.FirstId}..{batch.FirstId + batch.Firms.Length - 1} are outside the run's {Firms.Length} firms.");
        }
        batch.Firms.CopyTo(Firms, batch.FirstId);
        _loaded += batch.Firms.Length;
    }

    /// <summary>The firm-id range of a shard: shards split 0..n-1 into nearly equal consecutive ranges.</summary>
    public (int First, int End) ShardRange(int shard)
    {
        var shards = (long)Definition.Tuning.Shards;
        return ((int)(Firms.Length * shard / shards), (int)(Firms.Length * (shard + 1) / shards));
    }

    /// <summary>The contexts of the next batch of years, added to the log.</summary>
    public YearContext[] NextYears()
    {
        _feedback ??= InitialFeedback();
        Started = true;
        var run = Definition.Run;
        var behaviour = Definition.Model.Behaviour;
        var independent = behaviour.RdSupplyElasticity == 0 && behaviour.Spillover == 0;
        // The first year runs alone (it activates every firm); years are batched only when their
        // inputs cannot depend on the aggregates of the years before.
        var span = NextYear == run.StartYear || !independent
            ? 1
            : Math.Min(Math.Max(1, Definition.Tuning.MaxYearsPerCall), run.LastYear - NextYear + 1);
        var years = new YearContext[span];
        for (var k = 0; k < span; k++)
        {
            var year = NextYear + k;
            var inputs = new YearInputs[_seeds.Length * 2];
            for (var r = 0; r < _seeds.Length; r++)
            {
                var s = YearContext.Slot(r, World.Scenario);
                var c = YearContext.Slot(r, World.Counterfactual);
                inputs[s] = _feedback[s].InputsFor(year, _scenario.At(year), _seeds[r]);
                inputs[c] = _feedback[c].InputsFor(year, _counterfactual.At(year), _seeds[r]);
            }
            years[k] = new YearContext(year, inputs);
            if (year - run.StartYear == _log.Count) _log.Add(years[k]);
        }
        return years;
    }

    /// <summary>Records a stepped batch: merges the shards' partial breakdowns in shard order, feeds them back and keeps reported years.</summary>
    public void Record(StepBatch batch, IReadOnlyList<ShardStepResult> shards)
    {
        for (var k = 0; k < batch.Years.Length; k++)
        {
            var context = batch.Years[k];
            for (var r = 0; r < _seeds.Length; r++)
            {
                var s = batch.Slot(k, r, World.Scenario);
                var c = batch.Slot(k, r, World.Counterfactual);
                var scenario = Merge(shards, s);
                var counterfactual = Merge(shards, c);
                _feedback![YearContext.Slot(r, World.Scenario)].Record(scenario);
                _feedback[YearContext.Slot(r, World.Counterfactual)].Record(counterfactual);
                if (context.Year >= Definition.Run.FirstYear)
                {
                    _results[r].Add(new YearRecord(context.Year, scenario, counterfactual,
                        context.Inputs[YearContext.Slot(r, World.Scenario)].RdInputPrice,
                        context.Inputs[YearContext.Slot(r, World.Counterfactual)].RdInputPrice));
                }
            }
        }
        NextYear = batch.Years[^1].Year + 1;
    }

    /// <summary>Traits of a firm and the logged contexts of the years it must replay.</summary>
    public ReplayLog Replay(int firmId, int fromYear, int throughYear)
    {
        var start = Definition.Run.StartYear;
        if (firmId < 0 || firmId >= Firms.Length) throw new ArgumentOutOfRangeException(nameof(firmId), firmId, "No such firm in the run.");
        if (fromYear < start || throughYear - start >= _log.Count || throughYear >= NextYear)
        {
            throw new InvalidOperationException(
                $"Firm {firmId} cannot replay {fromYear}–{throughYear}: the coordinator's log holds {start}–{start + _log.Count - 1} and the run is at {NextYear}.");
        }
        return new ReplayLog(Firms[firmId], _log.GetRange(fromYear - start, throughYear - fromYear + 1).ToArray());
    }

    public ReplicateRecord Replicate(int replicate) => new(replicate, _seeds[replicate], _results[replicate].ToArray());

    private WorldFeedback[] InitialFeedback()
    {
        if (_loaded != Firms.Length) throw new InvalidOperationException($"Only {_loaded} of the run's {Firms.Length} firms were loaded.");
        var model = Definition.Model;
        var start = Definition.Run.StartYear;
        var reference = WorldFeedback.ReferenceIntensity(Firms, start);
        var scenarioStart = _scenario.At(start);
        var counterfactualStart = _counterfactual.At(start);
        var scenarioKnowledge = WorldFeedback.SectorKnowledge(Firms.Select(f => (f, FirmYear.Initial(f, model, scenarioStart, start).Knowledge)), start);
        var counterfactualKnowledge = WorldFeedback.SectorKnowledge(Firms.Select(f => (f, FirmYear.Initial(f, model, counterfactualStart, start).Knowledge)), start);
        var feedback = new WorldFeedback[_seeds.Length * 2];
        for (var r = 0; r < _seeds.Length; r++)
        {
            feedback[YearContext.Slot(r, World.Scenario)] = new WorldFeedback(model.Behaviour, reference, scenarioKnowledge);
            feedback[YearContext.Slot(r, World.Counterfactual)] = new WorldFeedback(model.Behaviour, reference, counterfactualKnowledge);
        }
        return feedback;
    }

    private static YearBreakdown Merge(IReadOnlyList<ShardStepResult> shards, int slot)
    {
        var total = new YearBreakdown();
        foreach (var shard in shards) total.Merge(shard.Breakdowns[slot]);
        return total;
    }
}
