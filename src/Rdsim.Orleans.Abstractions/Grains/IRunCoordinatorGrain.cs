using Orleans.Concurrency;
using Rdsim.Engine.Results;
using Rdsim.Model.Firms;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// One per run (key: run id). Keeps the run's inputs, its setup and the year-context log, drives the years as a
/// barrier across the population's shards, computes each world's feedback and keeps the results.
/// </summary>
[Alias("rdsim.IRunCoordinatorGrain")]
public interface IRunCoordinatorGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Starts a run: settings, model and policy, and its first batch of firms (the whole population from a client on the
    /// coordinator's silo, which hands over its array by reference); the others follow with <see cref="AddFirms"/>.
    /// </summary>
    [Alias("Start")]
    Task Start(RunDefinition definition, FirmBatch firms);

    /// <summary>Adds a chunk of the population after the first.</summary>
    [Alias("AddFirms")]
    Task AddFirms(FirmBatch batch);

    /// <summary>Steps the next year (or several, when no feedback links them) across every shard.</summary>
    [Alias("Advance")]
    Task<AdvanceReport> Advance(CancellationToken cancellationToken);

    /// <summary>
    /// Whether this coordinator still holds its run (not after its silo was lost), the next year it will step and
    /// whether an advance failed. Answers while an advance is in flight, so a client can tell a long advance from a
    /// lost coordinator, and a finished advance whose answer was lost with a gateway silo.
    /// </summary>
    [AlwaysInterleave, Alias("Status")]
    Task<CoordinatorStatus> Status();

    /// <summary>The reported years of one replicate (after the last advance).</summary>
    [Alias("GetReplicate")]
    Task<ReplicateResult> GetReplicate(int replicate);

    /// <summary>
    /// Ends the run: releases it on its shards and firms, then drops the coordinator's own state. The population's grains stay
    /// active for its next run unless <paramref name="letGo"/> (a run that failed, was cancelled or abandoned by its client).
    /// </summary>
    [Alias("Close")]
    Task Close(bool letGo);

    /// <summary>The firms a shard owns (for a shard activated for the first time, or again).</summary>
    [AlwaysInterleave, Alias("GetShardFirms")]
    Task<FirmBatch> GetShardFirms(int shard);

    /// <summary>The run's setup, which each silo fetches once and caches (interleaved: asked while an advance is in flight).</summary>
    [AlwaysInterleave, Alias("GetSetup")]
    Task<RunSetup> GetSetup();

    /// <summary>The logged contexts of years <paramref name="fromYear"/> to <paramref name="throughYear"/>: for a silo whose cache lacks them (a replay, a firm away from its shard).</summary>
    [AlwaysInterleave, Alias("GetYears")]
    Task<YearContext[]> GetYears(int fromYear, int throughYear);

    /// <summary>A firm's traits, for a firm activated again mid-run (it replays from the run's first year).</summary>
    [AlwaysInterleave, Alias("GetTraits")]
    Task<FirmTraits> GetTraits(int firmId);
}
