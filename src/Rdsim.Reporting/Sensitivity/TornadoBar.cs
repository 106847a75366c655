namespace Rdsim.Reporting.Sensitivity;

/// <summary>One bar of a tornado chart: what one parameter's two ends give for one metric.</summary>
/// <param name="Parameter">The parameter.</param>
/// <param name="LowValue">Its low end.</param>
/// <param name="HighValue">Its high end.</param>
/// <param name="AtLow">The metric with the parameter at its low end.</param>
/// <param name="AtHigh">The metric with the parameter at its high end.</param>
public sealed record TornadoBar(string Parameter, string LowValue, string HighValue, double AtLow, double AtHigh)
{
    /// <summary>How far apart the two ends put the metric (0 when either is undefined).</summary>
    public double Swing => double.IsFinite(AtLow) && double.IsFinite(AtHigh) ? Math.Abs(AtHigh - AtLow) : 0;
}
