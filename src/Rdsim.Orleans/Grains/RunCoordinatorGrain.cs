using Microsoft.Extensions.DependencyInjection;
using Rdsim.Engine.Results;
using Rdsim.Model.Firms;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// The coordinator of one run: receives its inputs once, holds the run's setup that each silo fetches once, drives the
/// years as a barrier over the population's shards (every shard finishes a batch before the next is computed), sends
/// them each year's feedback only, reduces the shards' breakdowns in shard order, computes each world's feedback, keeps
/// the year-context log that lost firms replay from, and keeps the results until the run is closed. A run whose client falls silent (killed, or cut off) for
/// <see cref="ClientLease.Length"/> is released: its advance is cancelled and its shards and firms let go. An advance that a lost
/// silo leaves hanging fails in time (<see cref="LostSiloWatch"/>), so that the engine can start the run again.
/// </summary>
[GrainType("rdsim-run")]
[CollectionAgeLimit(Days = 2)]
public sealed class RunCoordinatorGrain : Grain, IRunCoordinatorGrain
{
    private RunState? _run;
    private readonly ClientLease _lease = new();

    /// <summary>Cancels the advance in flight when the client is gone.</summary>
    private CancellationTokenSource? _stepping;

    /// <summary>The silos active when the run started: the death of any of them may leave an advance hanging.</summary>
    private IReadOnlySet<SiloAddress> _silos = new HashSet<SiloAddress>();

    /// <summary>The longest advance of the run so far, the yardstick of how long one may take after a silo is lost.</summary>
    private TimeSpan _longestAdvance;

    /// <summary>The silo's view of the cluster's membership.</summary>
    private IClusterMembershipService Membership => field ??= ServiceProvider.GetRequiredService<IClusterMembershipService>();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StrayActivation.Watch(this, () => _run is null, DeactivateOnIdle);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Start(RunDefinition definition, FirmBatch firms)
    {
        if (_run is not null) throw new InvalidOperationException($"Run {this.GetPrimaryKey()} has already started.");
        if (definition.Tuning.Shards < 1) throw new ArgumentException("A run needs at least one shard.", nameof(definition));
        _run = new RunState(this.GetPrimaryKey(), definition, firms);
        _silos = Membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToHashSet();
        _lease.Heard();
        // Interleaved: the client may die in the middle of a long advance, which is when the run must be let go.
        this.RegisterGrainTimer(ReleaseIfClientGone, new GrainTimerCreationOptions(ClientLease.CheckEvery, ClientLease.CheckEvery) { Interleave = true });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AddFirms(FirmBatch batch)
    {
        _lease.Heard();
        Run().AddFirms(batch);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<AdvanceReport> Advance(CancellationToken cancellationToken)
    {
        _lease.Heard();
        var run = Run();
        if (run.Failure is not null) throw new InvalidOperationException(run.Failure);
        if (run.Finished) return new AdvanceReport(run.NextYear - 1, run.NextYear - 1, true);
        var years = run.NextYears();
        var step = new ShardStep(this.GetPrimaryKey(), [.. years.Select(YearFeedback.Of)], run.EndsRun(years));
        var runId = step.RunId;
        var shards = Shards(run);
        using var stepping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _stepping = stepping;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var results = await LostSiloWatch.Await(Task.WhenAll(shards.Select(s => s.Step(step, stepping.Token))), LostSilo, _longestAdvance,
                stepping, step.FirstYear);
            run.Record(years, results);
            if (clock.Elapsed > _longestAdvance) _longestAdvance = clock.Elapsed;
        }
        catch (Exception e)
        {
            // A half-stepped year cannot be resumed: some firms are a year ahead of others.
            run.Failure = e is OperationCanceledException
                ? $"Run {runId} was cancelled in {step.FirstYear}."
                : $"Run {runId} failed in {step.FirstYear}: {e.Message}";
            throw;
        }
        finally
        {
            _stepping = null;
            _lease.Heard();   // the answer is on its way: the client has the lease's length to call again
        }
        return new AdvanceReport(step.FirstYear, years[^1].Year, run.Finished);
    }

    /// <inheritdoc />
    public Task<CoordinatorStatus> Status()
    {
        _lease.Heard();
        if (_run is null) DeactivateOnIdle();
        return Task.FromResult(_run is null
            ? new CoordinatorStatus(false, 0, false, false)
            : new CoordinatorStatus(true, _run.NextYear, _run.Failure is not null, _stepping is not null));
    }

    /// <inheritdoc />
    public Task<ReplicateResult> GetReplicate(int replicate)
    {
        _lease.Heard();
        var run = Run();
        if (!run.Finished) throw new InvalidOperationException($"Run {this.GetPrimaryKey()} is not finished.");
        return Task.FromResult(run.Replicate(replicate));
    }

    /// <inheritdoc />
    public async Task Close(bool letGo)
    {
        var run = _run;
        try
        {
            // A run that never stepped reached no shard; a finished one left no state in its firms (each drops it with the
            // last batch), so only a run cut short, or one told to let go, calls every firm.
            if (run is { Started: true })
            {
                var runId = this.GetPrimaryKey();
                await Task.WhenAll(Shards(run).Select(s => s.Release(runId, !run.Finished, letGo)));
            }
        }
        finally
        {
            // Even when a shard could not be released, the run is over: the coordinator must not hold it until collection.
            _run = null;
            DeactivateOnIdle();
        }
    }

    /// <inheritdoc />
    public Task<FirmBatch> GetShardFirms(int shard)
    {
        var run = Run();
        var (first, end) = run.ShardRange(shard);
        // A range of the run's array, not a copy: a shard on this silo holds the array itself.
        return Task.FromResult(new FirmBatch(first, new ArraySegment<FirmTraits>(run.Firms, first, end - first)));
    }

    /// <inheritdoc />
    public Task<RunSetup> GetSetup() => Task.FromResult(Run().Setup);

    /// <inheritdoc />
    public Task<YearContext[]> GetYears(int fromYear, int throughYear) => Task.FromResult(Run().Years(fromYear, throughYear));

    /// <inheritdoc />
    public Task<FirmTraits> GetTraits(int firmId) => Task.FromResult(Run().Traits(firmId));

    /// <summary>The grain timer: a run whose client has been silent for the lease's length is cancelled and released.</summary>
    private async Task ReleaseIfClientGone()
    {
        if (_run is null || !_lease.Expired) return;
        _stepping?.Cancel();   // the shards stop stepping; the advance fails, its answer goes nowhere
        await Close(letGo: true);   // nobody will run on the population soon: its grains leave memory now
    }

    /// <summary>A silo the run started with that the cluster now counts as dead (or no longer knows), if there is one.</summary>
    private SiloAddress? LostSilo()
    {
        var members = Membership.CurrentSnapshot;
        return _silos.FirstOrDefault(silo => members.GetSiloStatus(silo) is SiloStatus.Dead or SiloStatus.None);
    }

    /// <summary>The population's shards this run is spread over.</summary>
    private IEnumerable<IShardGrain> Shards(RunState run) =>
        Enumerable.Range(0, run.Definition.Tuning.Shards).Select(s => GrainFactory.Shard(run.Definition.Population, s, run.Definition.Tuning.Shards));

    private RunState Run()
    {
        if (_run is not null) return _run;
        DeactivateOnIdle();
        throw new InvalidOperationException(
            $"Run {this.GetPrimaryKey()} is unknown to its coordinator: the coordinator was deactivated or its silo was lost, and with it " +
            "the run's inputs and the year-context log that lost firms replay from. The run cannot continue without risking different " +
            "numbers; start it again.");
    }
}
