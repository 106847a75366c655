using Rdsim.Engine;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// One firm of one run: its traits and its state in both worlds and every replicate. Thin: it calls the
/// model's paired step and returns the outcomes; its shard aggregates them. A firm that finds itself
/// behind the requested year (a fresh activation after a silo loss or a collection) replays the years
/// it missed from the coordinator's log, so the numbers come out the same.
/// </summary>
[GrainType("rdsim-enterprise")]
[global::Orleans.Placement.PreferLocalPlacement]
[CollectionAgeLimit(Days = 2)]
public sealed class EnterpriseGrain : Grain, IEnterpriseGrain
{
    private FirmTraits _traits;

    /// <summary>State by <see cref="YearDriver.Slot"/>; null until the firm has started.</summary>
    private FirmState[]? _states;

    /// <inheritdoc />
    public Task<FirmStepResult> Begin(FirmTraits traits, StepBatch batch)
    {
        if (_states is not null)
        {
            throw new InvalidOperationException($"Firm {traits.Id} of run {batch.Setup.RunId} was asked to begin twice.");
        }
        _traits = traits;
        _states = FirmStates.Initial(traits, batch.Setup);
        return Task.FromResult(StepThrough(batch));
    }

    /// <inheritdoc />
    public async Task<FirmStepResult> Step(StepBatch batch)
    {
        if (_states is null || _states[0].Year < batch.FirstYear - 1)
        {
            await CatchUp(batch.Setup, batch.FirstYear - 1);
        }
        return StepThrough(batch);
    }

    /// <inheritdoc />
    public Task Release()
    {
        _states = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task CatchUp(RunSetup setup, int throughYear)
    {
        var (runId, firmId) = GrainKeys.Parse(this.AsReference<IEnterpriseGrain>());
        var fromYear = _states is null ? setup.StartYear : _states[0].Year + 1;
        var log = await GrainFactory.Coordinator(runId).GetReplay(firmId, fromYear, throughYear);
        if (_states is null)
        {
            _traits = log.Traits;
            _states = FirmStates.Initial(log.Traits, setup);
        }
        foreach (var year in log.Years)
        {
            for (var r = 0; r < setup.Replicates; r++)
            {
                StepPair(year, r, setup.Model);
            }
        }
    }

    private FirmStepResult StepThrough(StepBatch batch)
    {
        var states = _states!;
        if (states[0].Year != batch.FirstYear - 1)
        {
            throw new InvalidOperationException(
                $"Firm {_traits.Id} of run {batch.Setup.RunId} is at the end of {states[0].Year} and cannot step {batch.FirstYear}.");
        }
        var outcomes = new FirmYearOutcome[batch.Slots];
        for (var k = 0; k < batch.Years.Length; k++)
        {
            for (var r = 0; r < batch.Setup.Replicates; r++)
            {
                var (withPolicy, without) = StepPair(batch.Years[k], r, batch.Setup.Model);
                outcomes[batch.Slot(k, r, World.Scenario)] = withPolicy;
                outcomes[batch.Slot(k, r, World.Counterfactual)] = without;
            }
        }
        return new FirmStepResult(outcomes);
    }

    private (FirmYearOutcome, FirmYearOutcome) StepPair(YearContext year, int replicate, ModelParameters model)
    {
        var s = YearDriver.Slot(replicate, World.Scenario);
        var c = YearDriver.Slot(replicate, World.Counterfactual);
        return PairedYear.Step(_traits, ref _states![s], ref _states[c], year.Inputs[s], year.Inputs[c], model);
    }
}
