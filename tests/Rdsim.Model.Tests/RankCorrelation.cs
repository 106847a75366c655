namespace Rdsim.Model.Tests;

/// <summary>Spearman's rank correlation, for the copula tests (ties broken by order: the draws are continuous).</summary>
internal static class RankCorrelation
{
    /// <summary>Spearman's ρ of the paired samples <paramref name="x"/> and <paramref name="y"/>.</summary>
    public static double Spearman(IEnumerable<double> x, IEnumerable<double> y)
    {
        static double[] Ranks(double[] v)
        {
            var order = Enumerable.Range(0, v.Length).OrderBy(i => v[i]).ToArray();
            var ranks = new double[v.Length];
            for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
            return ranks;
        }
        var (rx, ry) = (Ranks(x.ToArray()), Ranks(y.ToArray()));
        var (mx, my) = (rx.Average(), ry.Average());
        var cov = rx.Zip(ry).Sum(p => (p.First - mx) * (p.Second - my));
        return cov / Math.Sqrt(rx.Sum(a => (a - mx) * (a - mx)) * ry.Sum(b => (b - my) * (b - my)));
    }
}
