namespace Rdsim.Model.Randomness;

/// <summary>The standard normal distribution, in plain arithmetic so that results are identical everywhere the code runs.</summary>
public static class Normal
{
    /// <summary>
    /// Φ(x), via the complementary error function of W. J. Cody's rational approximation as given in
    /// Numerical Recipes (erfc, fractional error below 1.2e-7).
    /// </summary>
    public static double Cdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    /// <summary>
    /// Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (relative error below 1.15e-9).
    /// Returns ±∞ at 0 and 1.
    /// </summary>
    public static double InverseCdf(double p)
    {
        if (p <= 0) return double.NegativeInfinity;
        if (p >= 1) return double.PositiveInfinity;
        const double pLow = 0.02425;
        if (p < pLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Tail(q);
        }
        if (p > 1 - pLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Tail(q);
        }
        var r = p - 0.5;
        var s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
             / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
    }

    private static double Tail(double q) =>
        (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
