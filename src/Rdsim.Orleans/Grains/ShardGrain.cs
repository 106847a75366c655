using Microsoft.Extensions.DependencyInjection;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// A fixed range of a population's firm ids, active across the runs on it. Puts each batch's year inputs in its silo's cache
/// of the run (<see cref="RunBooks"/>), fans the batch out to its firms in waves of bounded size and adds their outcomes into
/// exact partial breakdowns (integer sums: the order of arrival cannot change a bit). Gets its firms' traits from a run's
/// coordinator when it is activated, first time or again, and keeps them for the next run. Runs on one population take turns
/// (a shard steps one batch at a time). Idle for <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/>, it is collected.
/// </summary>
[GrainType("rdsim-shard")]
[global::Orleans.Placement.HashBasedPlacement]
[CollectionAgeLimit(Minutes = RdsimOrleansDefaults.PopulationKeepAliveMinutes)]
public sealed class ShardGrain : Grain, IShardGrain
{
    private FirmTraits[]? _firms;
    private IEnterpriseGrain[]? _grains;

    /// <summary>The runs that have stepped here and not been released: a shard lets go only when none is left.</summary>
    private readonly HashSet<Guid> _runs = [];

    /// <summary>The silo's cache of runs (a silo service: the grain's constructor cannot take an internal type).</summary>
    private RunBooks Books => field ??= ServiceProvider.GetRequiredService<RunBooks>();

    /// <summary>The silo's outcome arrays: a firm's answer goes back to them once it is added up.</summary>
    private OutcomeBuffers Buffers => field ??= ServiceProvider.GetRequiredService<OutcomeBuffers>();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StrayActivation.Watch(this, () => _firms is null, DeactivateOnIdle);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<ShardStepResult> Step(ShardStep step, CancellationToken cancellationToken)
    {
        try
        {
            return await StepFirms(step, cancellationToken);
        }
        catch
        {
            // A failed or cancelled step ends the run (a half-stepped year cannot be resumed), and a cancelled step may
            // arrive after the run has already released this shard: when no other run uses the shard, nothing may call it
            // again, so it leaves now rather than at collection.
            _runs.Remove(step.RunId);
            if (_runs.Count == 0) DeactivateOnIdle();
            throw;
        }
    }

    private async Task<ShardStepResult> StepFirms(ShardStep step, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var book = await Books.Open(step.RunId);
        foreach (var year in step.Years) book.Add(year);
        _runs.Add(step.RunId);
        var (_, shard, _) = await EnsureFirms(step.RunId);
        var firms = _firms!;
        var grains = _grains!;
        var setup = book.Setup;
        var breakdowns = new YearBreakdown[setup.Slots(step.Years.Length)];
        for (var i = 0; i < breakdowns.Length; i++) breakdowns[i] = new YearBreakdown();
        var begin = step.FirstYear == setup.StartYear;
        var call = step.ForFirms();
        // The calls go out in waves and their answers are read in order once a wave is out: the shard resumes about once a
        // wave, not once an answer (each resumption is a work item on its scheduler), because by the time it reads the first
        // answer most of the others are in. A wave that fails leaves its other answers unread: the run fails with it.
        var wave = new ValueTask<FirmStepResult>[Math.Clamp(setup.FirmCallConcurrency, 1, Math.Max(1, firms.Length))];
        for (var first = 0; first < firms.Length; first += wave.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(wave.Length, firms.Length - first);
            for (var k = 0; k < count; k++) wave[k] = begin ? grains[first + k].Begin(firms[first + k], call) : grains[first + k].Step(call);
            for (var k = 0; k < count; k++)
            {
                var result = await wave[k];
                Aggregate(setup, step.Years.Length, result, firms[first + k], breakdowns);
                Buffers.Return(result.Outcomes);
            }
        }
        return new ShardStepResult(shard, breakdowns);
    }

    /// <inheritdoc />
    public async Task Release(Guid runId, bool firmsHoldState, bool letGo)
    {
        Books.Drop(runId);
        _runs.Remove(runId);
        if (firmsHoldState || letGo)
        {
            await EnsureFirms(runId);
            var grains = _grains!;
            var next = 0;
            async Task Worker()
            {
                while (next < grains.Length) await grains[next++].End(runId, letGo);
            }
            await Task.WhenAll(Enumerable.Range(0, Math.Min(256, Math.Max(1, grains.Length))).Select(_ => Worker()));
        }
        if (letGo && _runs.Count == 0)
        {
            _firms = null;
            _grains = null;
            DeactivateOnIdle();
        }
    }

    /// <summary>The shard's key; its firms fetched from <paramref name="runId"/>'s coordinator if this activation has none yet.</summary>
    private async Task<(Guid Population, int Shard, int Shards)> EnsureFirms(Guid runId)
    {
        var key = GrainKeys.Parse(this.AsReference<IShardGrain>());
        if (_firms is not null) return key;
        var batch = await GrainFactory.Coordinator(runId).GetShardFirms(key.Shard);
        _firms = batch.Firms;
        _grains = batch.Firms.Select(f => GrainFactory.Firm(key.Population, f.Id)).ToArray();
        return key;
    }

    private static void Aggregate(RunSetup setup, int years, FirmStepResult result, in FirmTraits firm, YearBreakdown[] breakdowns)
    {
        for (var k = 0; k < years; k++)
        {
            for (var r = 0; r < setup.Replicates; r++)
            {
                var s = setup.Slot(k, r, World.Scenario);
                var c = setup.Slot(k, r, World.Counterfactual);
                PairedYear.Aggregate(result.Outcomes[s], result.Outcomes[c], firm, breakdowns[s], breakdowns[c]);
            }
        }
    }
}
