using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// A fixed range of a run's firm ids. Fans each batch out to its firms with bounded concurrency and
/// adds their outcomes into exact partial breakdowns (integer sums: the order of arrival cannot change
/// a bit). Gets its firms' traits from the coordinator when it is activated, first time or again.
/// </summary>
[GrainType("rdsim-shard")]
[global::Orleans.Placement.HashBasedPlacement]
[CollectionAgeLimit(Days = 2)]
public sealed class ShardGrain : Grain, IShardGrain
{
    private FirmTraits[]? _firms;
    private IEnterpriseGrain[]? _grains;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StrayActivation.Watch(this, () => _firms is null, DeactivateOnIdle);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<ShardStepResult> Step(StepBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await StepFirms(batch, cancellationToken);
        }
        catch
        {
            // A failed or cancelled step ends the run (a half-stepped year cannot be resumed), and a cancelled step may
            // arrive after the run has already released this shard: nothing calls the shard again, so it leaves now
            // rather than at collection (days later).
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<ShardStepResult> StepFirms(StepBatch batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (runId, shard) = GrainKeys.Parse(this.AsReference<IShardGrain>());
        await EnsureFirms(runId, shard);
        var firms = _firms!;
        var grains = _grains!;
        var breakdowns = new YearBreakdown[batch.Slots];
        for (var i = 0; i < breakdowns.Length; i++) breakdowns[i] = new YearBreakdown();
        var begin = batch.FirstYear == batch.Setup.StartYear;
        var next = 0;

        // Workers share `next` safely: a grain's continuations run one at a time on its own scheduler.
        async Task Worker()
        {
            while (next < firms.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var i = next++;
                var result = begin ? await grains[i].Begin(firms[i], batch) : await grains[i].Step(batch);
                Aggregate(batch, result, firms[i], breakdowns);
            }
        }

        var workers = Math.Clamp(batch.Setup.FirmCallConcurrency, 1, Math.Max(1, firms.Length));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Worker()));
        return new ShardStepResult(shard, breakdowns);
    }

    /// <inheritdoc />
    public async Task Release(bool firmsStepped)
    {
        if (firmsStepped)
        {
            var (runId, shard) = GrainKeys.Parse(this.AsReference<IShardGrain>());
            await EnsureFirms(runId, shard);
            var grains = _grains!;
            var next = 0;
            async Task Worker()
            {
                while (next < grains.Length) await grains[next++].Release();
            }
            await Task.WhenAll(Enumerable.Range(0, Math.Min(256, Math.Max(1, grains.Length))).Select(_ => Worker()));
        }
        _firms = null;
        _grains = null;
        DeactivateOnIdle();
    }

    private async Task EnsureFirms(Guid runId, int shard)
    {
        if (_firms is not null) return;
        var batch = await GrainFactory.Coordinator(runId).GetShardFirms(shard);
        _firms = batch.Firms;
        _grains = batch.Firms.Select(f => GrainFactory.Firm(runId, f.Id)).ToArray();
    }

    private static void Aggregate(StepBatch batch, FirmStepResult result, in FirmTraits firm, YearBreakdown[] breakdowns)
    {
        for (var k = 0; k < batch.Years.Length; k++)
        {
            for (var r = 0; r < batch.Setup.Replicates; r++)
            {
                var s = batch.Slot(k, r, World.Scenario);
                var c = batch.Slot(k, r, World.Counterfactual);
                PairedYear.Aggregate(result.Outcomes[s], result.Outcomes[c], firm, breakdowns[s], breakdowns[c]);
            }
        }
    }
}
