namespace Rdsim.Model.Firms;

/// <summary>
/// A sector drawn from one uniform, with probability ∝ its weight (weights are normalised): the population's sector shares, or
/// the lean of technology entrants towards the sectors where R&amp;D is common. A sector of weight 0 is never drawn.
/// </summary>
internal sealed class SectorDraw
{
    private readonly double[] _weights;
    private readonly double[] _cumulative;

    /// <summary>The draw over <paramref name="weights"/>, indexed by sector id; their sum must be positive.</summary>
    public SectorDraw(double[] weights)
    {
        var total = weights.Sum();
        if (!(total > 0)) throw new ArgumentException("At least one sector needs a positive weight.", nameof(weights));
        _weights = weights;
        _cumulative = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i] / total;
            _cumulative[i] = running;
        }
    }

    /// <summary>The sector of uniform <paramref name="u"/> in [0, 1).</summary>
    public int At(double u)
    {
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i] && _weights[i] > 0) return i;
        }
        // Rounding can leave the last cumulative share just below 1: the last sector with weight takes the rest.
        for (var i = _cumulative.Length - 1; i >= 0; i--)
        {
            if (_weights[i] > 0) return i;
        }
        return 0;
    }
}
