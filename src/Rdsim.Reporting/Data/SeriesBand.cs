namespace Rdsim.Reporting.Data;

/// <summary>A metric by year across replicates: the mean and the 5–95% band.</summary>
/// <param name="Years">The years.</param>
/// <param name="Mean">Mean over replicates, per year.</param>
/// <param name="Low">5th percentile over replicates, per year.</param>
/// <param name="High">95th percentile over replicates, per year.</param>
/// <param name="Replicates">How many replicates the band is drawn from (a band is shown only when there are several).</param>
public sealed record SeriesBand(double[] Years, double[] Mean, double[] Low, double[] High, int Replicates)
{
    /// <summary>The band of <paramref name="values"/> (indexed [year][replicate]).</summary>
    public static SeriesBand Of(IReadOnlyList<int> years, double[][] values) =>
        new([.. years.Select(y => (double)y)],
            [.. values.Select(v => Finite(v).DefaultIfEmpty(double.NaN).Average())],
            [.. values.Select(v => Quantile(v, 0.05))],
            [.. values.Select(v => Quantile(v, 0.95))],
            values.Length == 0 ? 0 : values[0].Length);

    /// <summary>The <paramref name="q"/> quantile (linear interpolation) of the finite values; NaN when none.</summary>
    public static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = Finite(values).Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static IEnumerable<double> Finite(IEnumerable<double> values) => values.Where(double.IsFinite);
}
