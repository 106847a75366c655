using Orleans.Concurrency;
using Rdsim.Engine.Results;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// One per run (key: run id). Keeps the run's inputs and the year-context log, drives the years as a
/// barrier across shards, computes each world's feedback and keeps the results.
/// </summary>
[Alias("rdsim.IRunCoordinatorGrain")]
public interface IRunCoordinatorGrain : IGrainWithGuidKey
{
    /// <summary>Starts a run: settings, model and policy. Firms follow with <see cref="AddFirms"/>.</summary>
    [Alias("Start")]
    Task Start(RunDefinition definition);

    /// <summary>Adds a chunk of the population.</summary>
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

    /// <summary>Ends the run: releases its shards and firms, then the coordinator's own state.</summary>
    [Alias("Close")]
    Task Close();

    /// <summary>The firms a shard owns (for a shard activated for the first time, or again).</summary>
    [AlwaysInterleave, Alias("GetShardFirms")]
    Task<FirmBatch> GetShardFirms(int shard);

    /// <summary>A firm's traits and the contexts of years <paramref name="fromYear"/> to <paramref name="throughYear"/>, to replay.</summary>
    [AlwaysInterleave, Alias("GetReplay")]
    Task<ReplayLog> GetReplay(int firmId, int fromYear, int throughYear);
}
