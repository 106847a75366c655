namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>How a run is spread over grains. None of it can change a result, only the speed.</summary>
/// <param name="Shards">Shard grains, each owning a fixed range of firm ids (set by the run, not by the number of silos).</param>
/// <param name="MaxYearsPerCall">Years one firm call may step when no cross-firm feedback links them (1 = a call per year).</param>
/// <param name="FirmCallConcurrency">Firm calls each shard keeps in flight.</param>
[GenerateSerializer, Immutable, Alias("rdsim.RunTuning")]
public sealed record RunTuning(
    [property: Id(0)] int Shards,
    [property: Id(1)] int MaxYearsPerCall,
    [property: Id(2)] int FirmCallConcurrency);
