namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>One step of a run for a shard: consecutive years to step every firm through, in both worlds and every replicate.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Years">Each year's feedback, consecutive and in order (the policy is in the run's setup, cached on each silo).</param>
/// <param name="Last">Whether these are the run's last years.</param>
[GenerateSerializer, Immutable, Alias("rdsim.ShardStep")]
public sealed record ShardStep(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] YearFeedback[] Years,
    [property: Id(2)] bool Last)
{
    /// <summary>The first year of the step.</summary>
    public int FirstYear => Years[0].Year;

    /// <summary>The call each firm gets for this step.</summary>
    public FirmStep ForFirms() => new(RunId, FirstYear, Years.Length, Last);
}
