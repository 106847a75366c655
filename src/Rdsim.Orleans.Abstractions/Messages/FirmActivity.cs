namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>What one activation of a firm grain holds and has done: for operators and tests, to see that a population's grains serve run after run and keep nothing of a run that has ended.</summary>
/// <param name="RunsHeld">Runs whose state the firm holds now (0 between runs).</param>
/// <param name="RunsBegun">Runs this activation has begun (each run on the population once, while it stays active).</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmActivity")]
public sealed record FirmActivity(
    [property: Id(0)] int RunsHeld,
    [property: Id(1)] int RunsBegun);
