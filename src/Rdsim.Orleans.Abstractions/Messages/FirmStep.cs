namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// One step call to a firm: which run and which consecutive years. Everything else (the policy, the parameters, each year's
/// feedback) the firm reads from its silo's cache of the run, so the call is a few bytes. A class, not a struct: a shard makes
/// one per step and sends that same object to all its firms, where a struct would be boxed twice per call (Orleans reads each
/// argument as an object, looking for cancellation tokens, when it sends and when it invokes).
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="FirstYear">The first year to step.</param>
/// <param name="Years">How many consecutive years to step.</param>
/// <param name="Last">Whether these are the run's last years: the firm drops its state of the run once they are stepped.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmStep")]
public sealed record FirmStep(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] int FirstYear,
    [property: Id(2)] int Years,
    [property: Id(3)] bool Last);
