namespace Rdsim.Model.Behaviour;

/// <summary>
/// The cost to a firm of doing real R&amp;D away from its optimum. With desired R&amp;D R* = φ·Y·p^(−ε),
/// the marginal value of R&amp;D at x is g'(x) = p·(x/R*)^(−1/ε); spending x costs p, so the marginal
/// distortion is p − g'(x), negative below R* and positive above.
/// </summary>
public static class RealRdDistortion
{
    /// <summary>The marginal distortion cost at <paramref name="x"/>.</summary>
    public static double Marginal(double price, double desired, double elasticity, double x) =>
        price * (1 - Math.Pow(x / desired, -1 / elasticity));

    /// <summary>The amount of real R&amp;D at which the marginal distortion equals <paramref name="marginalCost"/> (below the price).</summary>
    public static double AtMarginalCost(double price, double desired, double elasticity, double marginalCost) =>
        desired * Math.Pow(1 - marginalCost / price, -elasticity);

    /// <summary>∫ (p − g'(x)) dx from <paramref name="from"/> to <paramref name="to"/>, in closed form.</summary>
    public static double Cost(double price, double desired, double elasticity, double from, double to)
    {
        var a = 1 - 1 / elasticity;
        double valueGained;
        if (Math.Abs(a) < 1e-9)
        {
            valueGained = price * desired * Math.Log(to / from);
        }
        else
        {
            var scale = price * Math.Pow(desired, 1 / elasticity) / a;
            valueGained = scale * (Math.Pow(to, a) - Math.Pow(from, a));
        }
        return price * (to - from) - valueGained;
    }
}
