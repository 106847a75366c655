using Microsoft.Extensions.DependencyInjection;
using Rdsim.Engine;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// One firm of one population, active across the runs on it: where its traits are (in its shard's array on the silo, shared
/// through <see cref="FirmServices"/>), and its state in both worlds and every replicate of each run in progress. Thin: it calls the model's paired step with the inputs its silo's cache holds for the run
/// (<see cref="RunBooks"/>) and returns the outcomes; its shard aggregates them. A run's state goes with the run's last
/// batch (or its release), and all of it with the activation. A firm that finds itself behind the requested year (a fresh
/// activation after a silo loss or a collection) replays the years it missed, from the start of the run, with the logged
/// inputs, so the numbers come out the same. In a run whose years are linked by feedback, a firm on its shard's silo follows the
/// run on the shard's board instead (<see cref="Follow"/>): one call for the run, a turn on its own activation each year.
/// Idle for <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/>, it is collected.
/// </summary>
[GrainType("rdsim-enterprise")]
[global::Orleans.Placement.PreferLocalPlacement]
[CollectionAgeLimit(Minutes = RdsimOrleansDefaults.PopulationKeepAliveMinutes)]
public sealed class EnterpriseGrain : Grain, IEnterpriseGrain
{
    private readonly FirmRuns _runs = new();
    private TraitsSlot _traits;
    private int _runsBegun;

    /// <summary>
    /// The boards of the runs this firm follows now (none until it first follows one: a list in every activation was 32 bytes);
    /// changed and read under the lock of <see cref="_runs"/>, as <see cref="StandDown"/> reads it from another thread.
    /// </summary>
    private List<ShardBoard>? _following;

    /// <summary>The silo's services for firms (a silo service: the grain's constructor cannot take an internal type).</summary>
    private FirmServices Services => field ??= ServiceProvider.GetRequiredService<FirmServices>();

    /// <summary>The silo's cache of runs.</summary>
    private RunBooks Books => Services.Books;

    /// <summary>The silo's boards of runs with feedback, which a firm follows when it is on its shard's silo.</summary>
    private ShardBoards Boards => Services.Boards;

    /// <summary>The silo's outcome arrays: the answer's array goes back to them once the shard has read it.</summary>
    private OutcomeBuffers Buffers => Services.Buffers;

    /// <inheritdoc />
    public async ValueTask<FirmStepResult> Begin(FirmTraits traits, FirmStep step)
    {
        var book = await StartRun(traits, step.RunId);
        await Books.Fill(book, step.FirstYear, step.FirstYear + step.Years - 1);
        return StepThrough(book, _runs.Get(step.RunId)!, step);
    }

    /// <inheritdoc />
    public async Task<bool> Follow(FirmTraits traits, FirmFollow follow)
    {
        if (!Boards.TryGet(follow.RunId, follow.Shard, out var board)) return false;
        var book = await StartRun(traits, follow.RunId);
        lock (_runs) (_following ??= []).Add(board);
        try
        {
            var setup = book.Setup;
            for (var year = setup.StartYear; await board.Go(year); year++)
            {
                // While this waited, the run may have been released (it failed or was cancelled: the year fails, if it has not
                // already) and its state dropped. Unpacked after the await: the states are this thread's until the grain awaits again.
                if (_runs.Year(follow.RunId) != year - 1 || _runs.Get(follow.RunId) is not { } states)
                {
                    board.Fail(new InvalidOperationException($"Firm {traits.Id} no longer holds its state of run {follow.RunId} in {year}."));
                    return true;
                }
                var inputs = book.Inputs(year)!;
                for (var r = 0; r < setup.Replicates; r++)
                {
                    var (withPolicy, without) = StepPair(states, inputs, r, setup.Model);
                    board.Add(traits, r, withPolicy, without);
                }
                var last = year == setup.LastYear;
                if (last) _runs.Remove(follow.RunId);
                else _runs.Store(follow.RunId, states);
                board.Reported();
                if (last) return true;
            }
            return true;
        }
        catch (Exception e)
        {
            board.Fail(e);
            throw;
        }
        finally
        {
            lock (_runs) _following!.Remove(board);
        }
    }

    /// <inheritdoc />
    public ValueTask<FirmStepResult> Step(FirmStep step) =>
        Books.TryGet(step.RunId, out var book) && _runs.Year(step.RunId) == step.FirstYear - 1 && book.Holds(step.FirstYear, step.Years)
            ? ValueTask.FromResult(StepThrough(book, _runs.Get(step.RunId)!, step))
            : CatchUpAndStep(step);

    /// <inheritdoc />
    public Task End(Guid runId, bool letGo)
    {
        _runs.Remove(runId);
        // A fresh activation (the firm was collected, or lost with a silo) holds nothing and was activated by this call alone.
        if (!_traits.Held || (letGo && _runs.Count == 0)) DeactivateOnIdle();
        return Task.CompletedTask;
    }

    /// <summary>
    /// This activation has begun to deactivate (<see cref="DeactivatingFirms"/>, off the grain's scheduler): the boards it follows
    /// close, so that its follow calls end and Orleans can finish; their shards step their firms by call from the next year.
    /// </summary>
    internal void StandDown()
    {
        ShardBoard[] boards;
        lock (_runs) boards = [.. _following ?? []];
        foreach (var board in boards) board.Close();
    }

    /// <inheritdoc />
    public Task<FirmActivity> Activity() => Task.FromResult(new FirmActivity(_runs.Count, _runsBegun));

    /// <summary>
    /// Starts the firm's state of a run (packed; <see cref="FirmRuns.Get"/> unpacks it), checking the traits against those it
    /// holds; a firm given its traits for the first time finds them in its shard's array on the silo.
    /// </summary>
    private async ValueTask<RunBook> StartRun(FirmTraits traits, Guid runId)
    {
        if (_traits.Held && _traits.Value != traits)
        {
            throw new InvalidOperationException($"Firm {traits.Id} of population {GrainKeys.Parse(this.AsReference<IEnterpriseGrain>()).Population} " +
                "was begun with other traits than it holds: two populations share a fingerprint.");
        }
        if (_runs.Year(runId) is not null) throw new InvalidOperationException($"Firm {traits.Id} of run {runId} was asked to begin twice.");
        var book = await Books.Open(runId);
        if (!_traits.Held) _traits = Services.Slot(book.Setup.Population, traits);
        StartStates(runId, traits, book.Setup);
        _runsBegun++;
        return book;
    }

    /// <summary>The slow path: the run's book fetched, the firm's state started if it has none, the missed years replayed.</summary>
    private async ValueTask<FirmStepResult> CatchUpAndStep(FirmStep step)
    {
        var book = await Books.Open(step.RunId);
        var setup = book.Setup;
        if (_runs.Year(step.RunId) is null)
        {
            if (!_traits.Held)
            {
                // Activated again: the traits are in the shard's array when the shard is on this silo, else the coordinator has them.
                var firmId = GrainKeys.Parse(this.AsReference<IEnterpriseGrain>()).FirmId;
                _traits = Services.Find(setup.Population, firmId) ?? new TraitsSlot([await GrainFactory.Coordinator(step.RunId).GetTraits(firmId)], 0);
            }
            StartStates(step.RunId, _traits.Value, setup);
        }
        await Books.Fill(book, _runs.Year(step.RunId)!.Value + 1, step.FirstYear + step.Years - 1);
        // Unpacked after the last await: the states are this thread's until the grain awaits again.
        var states = _runs.Get(step.RunId)!;
        for (var year = states[0].Year + 1; year < step.FirstYear; year++)
        {
            for (var r = 0; r < setup.Replicates; r++) StepPair(states, book.Inputs(year)!, r, setup.Model);
        }
        return StepThrough(book, states, step);
    }

    /// <summary>Holds the starting states of a run, both worlds of every replicate, packed.</summary>
    private void StartStates(Guid runId, FirmTraits traits, RunSetup setup) =>
        _runs.Start(runId, FirmStates.Initial(traits, setup, PackedStates.Scratch(2 * setup.Replicates)));

    private FirmStepResult StepThrough(RunBook book, FirmState[] states, FirmStep step)
    {
        var setup = book.Setup;
        if (states[0].Year != step.FirstYear - 1)
        {
            throw new InvalidOperationException(
                $"Firm {_traits.Value.Id} of run {step.RunId} is at the end of {states[0].Year} and cannot step {step.FirstYear}.");
        }
        var outcomes = Buffers.Rent(setup.Slots(step.Years));
        for (var k = 0; k < step.Years; k++)
        {
            var inputs = book.Inputs(step.FirstYear + k)!;
            for (var r = 0; r < setup.Replicates; r++)
            {
                var (withPolicy, without) = StepPair(states, inputs, r, setup.Model);
                outcomes[setup.Slot(k, r, World.Scenario)] = withPolicy;
                outcomes[setup.Slot(k, r, World.Counterfactual)] = without;
            }
        }
        if (step.Last) _runs.Remove(step.RunId);
        else _runs.Store(step.RunId, states);
        return new FirmStepResult(outcomes);
    }

    private (FirmYearOutcome, FirmYearOutcome) StepPair(FirmState[] states, YearInputs[] inputs, int replicate, ModelParameters model)
    {
        var s = YearDriver.Slot(replicate, World.Scenario);
        var c = YearDriver.Slot(replicate, World.Counterfactual);
        return PairedYear.Step(_traits.Value, ref states[s], ref states[c], inputs[s], inputs[c], model);
    }
}
