using System.Buffers.Binary;
using System.Security.Cryptography;
using Rdsim.Model.Aggregation;

namespace Rdsim.Engine.Results;

/// <summary>
/// A SHA-256 over every raw count, fixed-point sum, histogram bin and input price of a result, in a
/// fixed order. Two runs are bit-identical exactly when their fingerprints are equal: tests compare
/// engines with it, and manifests record it so a rerun can be checked months later.
/// </summary>
public static class ResultFingerprint
{
    /// <summary>The fingerprint of a whole result (hex, lower case).</summary>
    public static string Of(SimulationResult result) => Of(result.Replicates);

    /// <summary>The fingerprint of a list of replicates (hex, lower case).</summary>
    public static string Of(IEnumerable<ReplicateResult> replicates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[16];
        foreach (var replicate in replicates)
        {
            Write(hash, buffer, replicate.Replicate);
            Write(hash, buffer, (long)replicate.Seed);
            foreach (var year in replicate.Years)
            {
                Write(hash, buffer, year.Year);
                Write(hash, buffer, BitConverter.DoubleToInt64Bits(year.ScenarioRdInputPrice));
                Write(hash, buffer, BitConverter.DoubleToInt64Bits(year.CounterfactualRdInputPrice));
                Write(hash, buffer, year.Scenario);
                Write(hash, buffer, year.Counterfactual);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Write(IncrementalHash hash, Span<byte> buffer, YearBreakdown breakdown)
    {
        Write(hash, buffer, breakdown.Total);
        foreach (var group in breakdown.BySector) Write(hash, buffer, group);
        foreach (var group in breakdown.BySize) Write(hash, buffer, group);
        foreach (var group in breakdown.ByTaxStatus) Write(hash, buffer, group);
        foreach (var group in breakdown.ManufacturingBySize) Write(hash, buffer, group);
        // The count first, so that where one list ends and the histogram begins is part of what is hashed.
        Write(hash, buffer, breakdown.ByRegion.Count);
        foreach (var group in breakdown.ByRegion) Write(hash, buffer, group);
        foreach (var count in breakdown.Histogram) Write(hash, buffer, count);
    }

    private static void Write(IncrementalHash hash, Span<byte> buffer, YearAggregate aggregate)
    {
        foreach (var count in aggregate.Counts) Write(hash, buffer, count);
        foreach (var sum in aggregate.Sums)
        {
            BinaryPrimitives.WriteInt128LittleEndian(buffer, sum);
            hash.AppendData(buffer[..16]);
        }
    }

    private static void Write(IncrementalHash hash, Span<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        hash.AppendData(buffer[..8]);
    }
}
