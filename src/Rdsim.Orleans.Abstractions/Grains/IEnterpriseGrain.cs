using Orleans.Concurrency;
using Rdsim.Model.Firms;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// One firm of one population (key: population fingerprint + firm id), active across every run on that population. Holds the
/// firm's traits (in the silo's shared copy when its shard is on its silo) and, for each run in progress (by run id), its state in both worlds and every replicate, and steps them through
/// the model. Never calls other firms. A run's setup and year inputs come from the silo's cache, not with the call. The steps
/// answer with value tasks: a firm almost always answers at once, and a value task then costs no task object on either side.
/// </summary>
[Alias("rdsim.IEnterpriseGrain")]
public interface IEnterpriseGrain : IGrainWithGuidCompoundKey
{
    /// <summary>The timeout of <see cref="Follow"/>, which lasts a run: longer than any run.</summary>
    const string FollowTimeout = "2.00:00:00";

    /// <summary>Starts the firm's state of a run (its traits checked against those it holds) and steps the run's first batch.</summary>
    [Alias("Begin")]
    ValueTask<FirmStepResult> Begin(FirmTraits traits, FirmStep step);

    /// <summary>
    /// Starts the firm's state of a run whose years are linked by feedback (one year per step) and steps every year of it as its
    /// shard opens the year on the silo's board: one call per run instead of one a year, so that a year costs the firm a turn
    /// on its own activation, not a message each way. Answers false at once, stepping nothing, when the shard's board is not on
    /// the firm's silo (the shard then steps it call by call); true once the run's last year is stepped or the firm stands down
    /// (the board closed, or this activation is being deactivated: the shard then steps it call by call from the next year).
    /// Interleaved, so the firm answers other runs' calls, and the end of this one, while it waits; its timeout is the run's
    /// length, since the call lasts as long as the run.
    /// </summary>
    [AlwaysInterleave, ResponseTimeout(FollowTimeout), Alias("Follow")]
    Task<bool> Follow(FirmTraits traits, FirmFollow follow);

    /// <summary>Steps a later batch of a run; a firm that is behind (activated again) first replays the years it missed.</summary>
    [Alias("Step")]
    ValueTask<FirmStepResult> Step(FirmStep step);

    /// <summary>
    /// Drops the firm's state of a run that ended before its last batch (failed, cancelled, abandoned); with
    /// <paramref name="letGo"/> the firm also leaves memory when no other run holds state in it.
    /// </summary>
    [Alias("End")]
    Task End(Guid runId, bool letGo);

    /// <summary>What this activation holds and has done (a call to a firm that is not active activates it: it then reports nothing).</summary>
    [Alias("Activity")]
    Task<FirmActivity> Activity();
}
