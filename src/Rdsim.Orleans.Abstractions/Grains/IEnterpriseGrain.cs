using Rdsim.Model.Firms;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// One firm of one run (key: run id + firm id). Holds the firm's traits and its state in both worlds
/// and every replicate, and steps them through the model. Never calls other firms.
/// </summary>
[Alias("rdsim.IEnterpriseGrain")]
public interface IEnterpriseGrain : IGrainWithGuidCompoundKey
{
    /// <summary>Receives the firm's traits, starts its states and steps the run's first batch.</summary>
    [Alias("Begin")]
    Task<FirmStepResult> Begin(FirmTraits traits, StepBatch batch);

    /// <summary>Steps a later batch; a firm that is behind (activated again) first replays the years it missed.</summary>
    [Alias("Step")]
    Task<FirmStepResult> Step(StepBatch batch);

    /// <summary>Drops the firm's state: the run is over.</summary>
    [Alias("Release")]
    Task Release();
}
