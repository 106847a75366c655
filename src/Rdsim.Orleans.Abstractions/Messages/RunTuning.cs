namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>How a run is spread over grains. None of it can change a result, only the speed.</summary>
/// <param name="Shards">Shard grains, each owning a fixed range of firm ids (set by the run, not by the number of silos).</param>
/// <param name="MaxYearsPerCall">Years one firm call may step when no cross-firm feedback links them (1 = a call per year).</param>
/// <param name="FirmCallConcurrency">Firm calls a shard sends in one wave: at most that many are in flight.</param>
/// <param name="FirstYearAlone">
/// Whether the first year is stepped alone: when the population's grains must be activated, so that activation is timed (and
/// its progress reported) apart; not when they are active from a run just before, so that a run whose years are independent
/// is one call to each firm.
/// </param>
[GenerateSerializer, Immutable, Alias("rdsim.RunTuning")]
public sealed record RunTuning(
    [property: Id(0)] int Shards,
    [property: Id(1)] int MaxYearsPerCall,
    [property: Id(2)] int FirmCallConcurrency,
    [property: Id(3)] bool FirstYearAlone);
