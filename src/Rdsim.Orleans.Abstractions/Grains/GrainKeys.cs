using System.Globalization;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// The keys of the engine's grains. A run's coordinator is keyed by the run id: it holds that run's inputs, log and results.
/// Shards and firms are keyed by the population's fingerprint, so that every run on the same firms (the points of a sweep,
/// the scenarios of a compare, the trials of a calibration, successive runs on a long-lived silo) finds them active and pays
/// activation once, while runs on other firms never share one. A firm keeps each run's state apart, by run id.
/// </summary>
public static class GrainKeys
{
    /// <summary>The coordinator of a run.</summary>
    public static IRunCoordinatorGrain Coordinator(this IGrainFactory grains, Guid runId) =>
        grains.GetGrain<IRunCoordinatorGrain>(runId);

    /// <summary>
    /// Shard <paramref name="shard"/> of <paramref name="shards"/> over a population: the count is part of the key because it
    /// sets the shard's range of firm ids, so runs spread over other counts never share a shard.
    /// </summary>
    public static IShardGrain Shard(this IGrainFactory grains, Guid population, int shard, int shards) =>
        grains.GetGrain<IShardGrain>(population, FormattableString.Invariant($"{shard}/{shards}"));

    /// <summary>A firm of a population.</summary>
    public static IEnterpriseGrain Firm(this IGrainFactory grains, Guid population, int firmId) =>
        grains.GetGrain<IEnterpriseGrain>(population, firmId.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The same grain as <see cref="Firm(IGrainFactory, Guid, int)"/>, for a caller that makes a reference for each call instead of
    /// holding one per firm: the grain type and interface are those of <paramref name="sibling"/>, a firm made the ordinary way,
    /// because <c>GetGrain&lt;T&gt;</c> resolves them from the interface's attributes at every call, about 1 KB of garbage each.
    /// </summary>
    public static IEnterpriseGrain Firm(this IGrainFactory grains, IEnterpriseGrain sibling, Guid population, int firmId)
    {
        Span<byte> id = stackalloc byte[11];
        firmId.TryFormat(id, out var length, default, CultureInfo.InvariantCulture);
        var like = (GrainReference)sibling;
        return (IEnterpriseGrain)grains.GetGrain(GrainId.Create(like.GrainId.Type, GrainIdKeyExtensions.CreateGuidKey(population, id[..length])), like.InterfaceType);
    }

    /// <summary>The population and the firm id of a firm grain.</summary>
    public static (Guid Population, int FirmId) Parse(IEnterpriseGrain firm)
    {
        var population = firm.GetPrimaryKey(out var extension);
        return (population, int.Parse(extension!, CultureInfo.InvariantCulture));
    }

    /// <summary>The population, the shard's index and the number of shards of a shard grain.</summary>
    public static (Guid Population, int Shard, int Shards) Parse(IShardGrain shard)
    {
        var population = shard.GetPrimaryKey(out var extension);
        var parts = extension!.Split('/');
        return (population, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
