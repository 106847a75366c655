using System.Globalization;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>The keys of a run's grains: every key starts with the run id, so runs never share a grain.</summary>
public static class GrainKeys
{
    /// <summary>The coordinator of a run.</summary>
    public static IRunCoordinatorGrain Coordinator(this IGrainFactory grains, Guid runId) =>
        grains.GetGrain<IRunCoordinatorGrain>(runId);

    /// <summary>A shard of a run.</summary>
    public static IShardGrain Shard(this IGrainFactory grains, Guid runId, int shard) =>
        grains.GetGrain<IShardGrain>(runId, shard.ToString(CultureInfo.InvariantCulture));

    /// <summary>A firm of a run.</summary>
    public static IEnterpriseGrain Firm(this IGrainFactory grains, Guid runId, int firmId) =>
        grains.GetGrain<IEnterpriseGrain>(runId, firmId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The run id and the index (shard index or firm id) of a compound-keyed grain.</summary>
    public static (Guid RunId, int Index) Parse(IGrainWithGuidCompoundKey grain)
    {
        var runId = grain.GetPrimaryKey(out var extension);
        return (runId, int.Parse(extension!, CultureInfo.InvariantCulture));
    }
}
