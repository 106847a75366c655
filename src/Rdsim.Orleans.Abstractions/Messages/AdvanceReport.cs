namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>The years one advance of a run stepped.</summary>
/// <param name="FirstYear">First year stepped.</param>
/// <param name="LastYear">Last year stepped (equal to <paramref name="FirstYear"/> when one year was stepped).</param>
/// <param name="Finished">Whether the run's last year is done.</param>
[GenerateSerializer, Immutable, Alias("rdsim.AdvanceReport")]
public sealed record AdvanceReport(
    [property: Id(0)] int FirstYear,
    [property: Id(1)] int LastYear,
    [property: Id(2)] bool Finished);
