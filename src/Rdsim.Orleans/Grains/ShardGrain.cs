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
/// exact partial breakdowns (integer sums: the order of arrival cannot change a bit). A run whose years are linked by feedback
/// it steps on its silo's board instead (<see cref="ShardBoard"/>): its firms follow the run there, a call each for the run.
/// Gets its firms' traits from a run's coordinator when it is activated, first time or again, and keeps them for the next run:
/// the range of the coordinator's array as it comes (on the coordinator's silo, that array itself), which its firms on the silo
/// point into (<see cref="FirmServices"/>). It holds no grain reference per firm (held, a million-firm run peaked 0.1–0.2 KB a firm
/// higher: 3,107 and 2,981 bytes against 2,894 and 2,879, 2026-12-04 15:02–15:05 UTC): it makes one for each call from the
/// population and the firm's id. Runs on one population take turns
/// (a shard steps one batch at a time). Idle for <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/>, it is collected.
/// </summary>
[GrainType("rdsim-shard")]
[global::Orleans.Placement.HashBasedPlacement]
[CollectionAgeLimit(Minutes = RdsimOrleansDefaults.PopulationKeepAliveMinutes)]
public sealed class ShardGrain : Grain, IShardGrain
{
    /// <summary>The shard's firms (no array until it has fetched them) and the population they are of.</summary>
    private ArraySegment<FirmTraits> _firms;
    private Guid _population;

    /// <summary>The shard's first firm, made the ordinary way: the others are made like it (<see cref="GrainKeys.Firm(IGrainFactory, IEnterpriseGrain, Guid, int)"/>).</summary>
    private IEnterpriseGrain? _sibling;

    /// <summary>The runs that have stepped here and not been released: a shard lets go only when none is left.</summary>
    private readonly HashSet<Guid> _runs = [];

    /// <summary>The silo's services for shards and firms (a silo service: the grain's constructor cannot take an internal type).</summary>
    private FirmServices Services => field ??= ServiceProvider.GetRequiredService<FirmServices>();

    /// <summary>The silo's cache of runs.</summary>
    private RunBooks Books => Services.Books;

    /// <summary>The silo's boards of runs with feedback, where the shard opens each year to the firms that follow it.</summary>
    private ShardBoards Boards => Services.Boards;

    /// <summary>The silo's outcome arrays: a firm's answer goes back to them once it is added up.</summary>
    private OutcomeBuffers Buffers => Services.Buffers;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StrayActivation.Watch(this, () => _firms.Array is null, DeactivateOnIdle);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Firms following this activation's runs would wait for years it will never open.
        var shard = GrainKeys.Parse(this.AsReference<IShardGrain>()).Shard;
        foreach (var runId in _runs) Boards.Close(runId, shard);
        LetFirmsGo();
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
            // again, so it leaves now rather than at collection. Its followers stand down.
            Boards.Close(step.RunId, GrainKeys.Parse(this.AsReference<IShardGrain>()).Shard);
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
        var setup = book.Setup;
        var begin = step.FirstYear == setup.StartYear;
        if (setup.YearByYear)
        {
            if (begin) return new ShardStepResult(shard, await BeginFollowed(step, shard, setup, cancellationToken));
            if (Boards.TryGet(step.RunId, shard, out var board))
            {
                if (board.Open(step.FirstYear)) return new ShardStepResult(shard, await StepFollowed(board, step, shard, setup, cancellationToken));
                // Closed: a follower's activation is deactivating. From now on every firm is stepped by call.
                Boards.Close(step.RunId, shard);
            }
        }
        var breakdowns = new YearBreakdown[setup.Slots(step.Years.Length)];
        for (var i = 0; i < breakdowns.Length; i++) breakdowns[i] = new YearBreakdown();
        await StepByCall(step, setup, begin, null, (firm, result) => Aggregate(setup, step.Years.Length, result, firm, breakdowns), cancellationToken);
        return new ShardStepResult(shard, breakdowns);
    }

    /// <summary>
    /// The first year of a run with feedback: the shard's board opens on its silo, every firm is asked to follow it and steps the
    /// year as it begins; those not on this silo say so and are stepped by call.
    /// </summary>
    private async Task<YearBreakdown[]> BeginFollowed(ShardStep step, int shard, RunSetup setup, CancellationToken cancellationToken)
    {
        var firms = _firms;
        var board = new ShardBoard(setup, firms.Count);
        Boards.Add(step.RunId, shard, board);
        var follow = new FirmFollow(step.RunId, shard);
        // In waves, as calls are sent: at most two waves of firms begin (activate, for a cold population) at once.
        var wave = Math.Max(1, setup.FirmCallConcurrency);
        for (var first = 0; first < firms.Count; first += wave)
        {
            if (first >= wave) await board.WhenReported(first - wave).WaitAsync(cancellationToken);
            for (var i = first; i < Math.Min(first + wave, firms.Count); i++) _ = Watch(board, i, Firm(firms[i]).Follow(firms[i], follow));
        }
        await board.Done.WaitAsync(cancellationToken);
        if (board.Away.Count > 0) await StepByCall(step, setup, begin: true, board.Away, (firm, result) => AddTo(board, setup, result, firm), cancellationToken);
        return board.Breakdowns;
    }

    /// <summary>A later year of a run with feedback, open on the board: its followers step it there, the firms away from this silo by call.</summary>
    private async Task<YearBreakdown[]> StepFollowed(ShardBoard board, ShardStep step, int shard, RunSetup setup, CancellationToken cancellationToken)
    {
        if (board.Away.Count > 0) await StepByCall(step, setup, begin: false, board.Away, (firm, result) => AddTo(board, setup, result, firm), cancellationToken);
        await board.Done.WaitAsync(cancellationToken);
        if (step.Last) Boards.Close(step.RunId, shard);
        return board.Breakdowns;
    }

    /// <summary>A follow call's end: a firm away from this silo steps nothing (the board counts it out), a failed one fails the year.</summary>
    private static async Task Watch(ShardBoard board, int position, Task<bool> follow)
    {
        try
        {
            if (!await follow) board.Elsewhere(position);
        }
        catch (Exception e)
        {
            board.Fail(e);
        }
    }

    /// <summary>
    /// Steps the firms at <paramref name="positions"/> (all when null) by one call each, handing each answer to
    /// <paramref name="add"/>. The calls go out in waves and their answers are read in order once a wave is out: the shard resumes
    /// about once a wave, not once an answer (each resumption is a work item on its scheduler), because by the time it reads the
    /// first answer most of the others are in. A wave that fails, or whose step is cancelled, leaves its other answers unread: the run
    /// fails with it.
    /// </summary>
    private async Task StepByCall(ShardStep step, RunSetup setup, bool begin, IReadOnlyList<int>? positions, Action<FirmTraits, FirmStepResult> add,
        CancellationToken cancellationToken)
    {
        var firms = _firms;
        var count = positions?.Count ?? firms.Count;
        var call = step.ForFirms();
        var wave = new ValueTask<FirmStepResult>[Math.Clamp(setup.FirmCallConcurrency, 1, Math.Max(1, count))];
        for (var first = 0; first < count; first += wave.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var size = Math.Min(wave.Length, count - first);
            for (var k = 0; k < size; k++)
            {
                var i = positions?[first + k] ?? first + k;
                wave[k] = begin ? Firm(firms[i]).Begin(firms[i], call) : Firm(firms[i]).Step(call);
            }
            for (var k = 0; k < size; k++)
            {
                // An answer not in yet is awaited as the step's cancellation allows: a call that Orleans never fails (one a lost silo
                // held up) would hold the shard, and the run's next attempt queued behind it, for the 10-minute response timeout.
                var result = wave[k].IsCompleted ? wave[k].Result : await wave[k].AsTask().WaitAsync(cancellationToken);
                add(firms[positions?[first + k] ?? first + k], result);
                Buffers.Return(result.Outcomes);
            }
        }
    }

    /// <inheritdoc />
    public async Task Release(Guid runId, bool firmsHoldState, bool letGo)
    {
        Boards.Close(runId, GrainKeys.Parse(this.AsReference<IShardGrain>()).Shard);
        Books.Drop(runId);
        _runs.Remove(runId);
        if (firmsHoldState || letGo)
        {
            await EnsureFirms(runId);
            var firms = _firms;
            var next = 0;
            async Task Worker()
            {
                while (next < firms.Count) await Firm(firms[next++]).End(runId, letGo);
            }
            await Task.WhenAll(Enumerable.Range(0, Math.Min(256, Math.Max(1, firms.Count))).Select(_ => Worker()));
        }
        if (letGo && _runs.Count == 0)
        {
            LetFirmsGo();
            DeactivateOnIdle();
        }
    }

    /// <summary>A firm's grain, made for the call.</summary>
    private IEnterpriseGrain Firm(in FirmTraits firm) => GrainFactory.Firm(_sibling ??= GrainFactory.Firm(_population, firm.Id), _population, firm.Id);

    /// <summary>The shard no longer holds its firms: the silo forgets them (its firms that point into them keep them while they are active).</summary>
    private void LetFirmsGo()
    {
        if (_firms.Array is null) return;
        Services.Drop(_population, _firms);
        _firms = default;
    }

    /// <summary>The shard's key; its firms fetched from <paramref name="runId"/>'s coordinator if this activation has none yet.</summary>
    private async Task<(Guid Population, int Shard, int Shards)> EnsureFirms(Guid runId)
    {
        var key = GrainKeys.Parse(this.AsReference<IShardGrain>());
        if (_firms.Array is not null) return key;
        var batch = await GrainFactory.Coordinator(runId).GetShardFirms(key.Shard);
        _population = key.Population;
        _firms = batch.Firms;
        Services.Hold(_population, _firms);
        return key;
    }

    /// <summary>A firm's answer for one year, stepped by call, added to a board's open year.</summary>
    private static void AddTo(ShardBoard board, RunSetup setup, FirmStepResult result, in FirmTraits firm)
    {
        for (var r = 0; r < setup.Replicates; r++)
        {
            board.Add(firm, r, result.Outcomes[setup.Slot(0, r, World.Scenario)], result.Outcomes[setup.Slot(0, r, World.Counterfactual)]);
        }
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
