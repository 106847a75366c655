using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// The coordinator's record of one run: its inputs, the <see cref="YearDriver"/> that orders its years (every replicate's two
/// worlds together), the log of year contexts (what lost firms replay from) and the reported results. In memory only: a
/// coordinator that loses it cannot continue the run, and says so.
/// </summary>
internal sealed class RunState
{
    private readonly YearDriver _driver;
    private readonly List<YearContext> _log = [];
    private int _loaded;

    /// <summary>A run and its first batch of firms.</summary>
    public RunState(Guid runId, RunDefinition definition, FirmBatch first)
    {
        Definition = definition;
        var run = definition.Run;
        // The whole population as one whole array (the engine's own copy, handed over by reference on its silo) is taken as it
        // is: a copy would be 72 bytes a firm more for as long as the run, and its shards' firms point into it.
        var whole = first is { FirstId: 0, Firms: { Offset: 0, Array: { } array } } && array.Length == definition.FirmCount &&
            first.Firms.Count == array.Length;
        Firms = whole ? first.Firms.Array! : new FirmTraits[definition.FirmCount];
        // The driver reads the firms only once the first year is asked for, when every batch has arrived.
        _driver = new YearDriver(new SimulationInput(run, definition.Model, definition.Schedule(), Firms));
        YearPolicy[] Policies(World world) => [.. Enumerable.Range(run.StartYear, run.SimulatedYears).Select(year => _driver.Policy(world, year))];
        Setup = new RunSetup(runId, definition.Population, run.StartYear, run.Replications, definition.Model,
            Policies(World.Scenario), Policies(World.Counterfactual), definition.Tuning.FirmCallConcurrency, !_driver.YearsIndependent);
        if (whole) _loaded = Firms.Length;
        else AddFirms(first);
    }

    public RunDefinition Definition { get; }

    public RunSetup Setup { get; }

    public FirmTraits[] Firms { get; }

    /// <summary>The next year to step.</summary>
    public int NextYear => _driver.NextYear;

    /// <summary>Whether a step has been sent to the firms (so they may be active).</summary>
    public bool Started { get; private set; }

    public bool Finished => _driver.Finished;

    /// <summary>Why the run cannot go on, once a step has failed.</summary>
    public string? Failure { get; set; }

    public void AddFirms(FirmBatch batch)
    {
        if (batch.FirstId < 0 || batch.FirstId + batch.Firms.Count > Firms.Length)
        {
            throw new ArgumentException($"Firms {batch.FirstId}..{batch.FirstId + batch.Firms.Count - 1} are outside the run's {Firms.Length} firms.");
        }
        batch.Firms.CopyTo(Firms, batch.FirstId);
        _loaded += batch.Firms.Count;
    }

    /// <summary>The firm-id range of a shard: shards split 0..n-1 into nearly equal consecutive ranges.</summary>
    public (int First, int End) ShardRange(int shard)
    {
        var shards = (long)Definition.Tuning.Shards;
        return ((int)(Firms.Length * shard / shards), (int)(Firms.Length * (shard + 1) / shards));
    }

    /// <summary>
    /// The contexts of the next batch of years, added to the log: years together when their inputs cannot depend on the
    /// aggregates of the years before, the first year alone when the run's tuning says it activates every firm.
    /// </summary>
    public YearContext[] NextYears()
    {
        if (_loaded != Firms.Length) throw new InvalidOperationException($"Only {_loaded} of the run's {Firms.Length} firms were loaded.");
        Started = true;
        var start = Definition.Run.StartYear;
        var years = new YearContext[_driver.NextSpan(Definition.Tuning.MaxYearsPerCall, Definition.Tuning.FirstYearAlone)];
        for (var k = 0; k < years.Length; k++)
        {
            var year = NextYear + k;
            years[k] = new YearContext(year, _driver.InputsFor(year));
            if (year - start == _log.Count) _log.Add(years[k]);
        }
        return years;
    }

    /// <summary>Whether a batch ends with the run's last year.</summary>
    public bool EndsRun(YearContext[] years) => years[^1].Year == Definition.Run.LastYear;

    /// <summary>Records a stepped batch: merges the shards' partial breakdowns in shard order and hands each year to the driver.</summary>
    public void Record(YearContext[] years, IReadOnlyList<ShardStepResult> shards)
    {
        for (var k = 0; k < years.Length; k++)
        {
            var breakdowns = new YearBreakdown[_driver.Slots];
            for (var r = 0; r < _driver.Replicates; r++)
            {
                foreach (var world in (ReadOnlySpan<World>)[World.Scenario, World.Counterfactual])
                {
                    breakdowns[YearDriver.Slot(r, world)] = Merge(shards, Setup.Slot(k, r, world));
                }
            }
            _driver.Record(years[k].Year, breakdowns);
        }
    }

    /// <summary>The logged contexts of years <paramref name="fromYear"/> to <paramref name="throughYear"/> (given to the shards already).</summary>
    public YearContext[] Years(int fromYear, int throughYear)
    {
        var start = Definition.Run.StartYear;
        if (fromYear < start || fromYear > throughYear || throughYear - start >= _log.Count)
        {
            throw new InvalidOperationException(
                $"Years {fromYear}–{throughYear} are not in the coordinator's log, which holds {start}–{start + _log.Count - 1}; the run is at {NextYear}.");
        }
        return _log.GetRange(fromYear - start, throughYear - fromYear + 1).ToArray();
    }

    /// <summary>A firm's traits.</summary>
    public FirmTraits Traits(int firmId) =>
        firmId >= 0 && firmId < Firms.Length ? Firms[firmId] : throw new ArgumentOutOfRangeException(nameof(firmId), firmId, "No such firm in the run.");

    public ReplicateResult Replicate(int replicate) => _driver.Results()[replicate];

    private static YearBreakdown Merge(IReadOnlyList<ShardStepResult> shards, int slot)
    {
        var total = new YearBreakdown();
        foreach (var shard in shards) total.Merge(shard.Breakdowns[slot]);
        return total;
    }
}
