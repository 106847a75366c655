namespace Rdsim.Calibration.Fitting;

/// <summary>The simulated value of every fitted target in every replicate: <c>Values[replicate][target]</c>.</summary>
/// <param name="Values">One row per replicate, one column per fitted target (in mapping order).</param>
public sealed record SimulatedMoments(IReadOnlyList<IReadOnlyList<double>> Values)
{
    /// <summary>Mean across replicates of target <paramref name="target"/>.</summary>
    public double Mean(int target) => Values.Average(r => r[target]);

    /// <summary>The <paramref name="p"/>-quantile (0–1) across replicates of target <paramref name="target"/>, linearly interpolated.</summary>
    public double Quantile(int target, double p)
    {
        var sorted = Values.Select(r => r[target]).Order().ToArray();
        if (sorted.Length == 1) return sorted[0];
        var position = p * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

    /// <summary>Means of every target.</summary>
    public IReadOnlyList<double> Means() => Enumerable.Range(0, Values[0].Count).Select(Mean).ToList();
}
