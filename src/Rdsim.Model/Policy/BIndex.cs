namespace Rdsim.Model.Policy;

/// <summary>
/// The B-index of Warda (2001): the pre-tax income a firm must earn to break even on one unit of R&amp;D.
/// B = (1 − τ·(1 + s) − c) / (1 − τ). Under a neutral tax B = 1; 1 − B is the implied subsidy rate.
/// </summary>
public static class BIndex
{
    /// <summary>B for marginal tax rate <paramref name="tax"/>, extra deduction <paramref name="extraDeduction"/> and credit rate <paramref name="credit"/>.</summary>
    public static double Of(double tax, double extraDeduction, double credit) =>
        (1 - tax * (1 + extraDeduction) - credit) / (1 - tax);

    /// <summary>
    /// The marginal value of an incremental credit whose base is the average of the last
    /// <paramref name="baseYears"/> years: a yuan spent now earns the credit now but raises each of the
    /// next bases by 1/baseYears (Hall 1993's effective rate of the US credit).
    /// </summary>
    public static double EffectiveIncrementalRate(double rate, int baseYears, double discountRate)
    {
        if (rate == 0) return 0;
        var clawback = 0.0;
        for (var k = 1; k <= baseYears; k++) clawback += Math.Pow(1 + discountRate, -k);
        return rate * (1 - clawback / baseYears);
    }
}
