namespace Rdsim.Calibration.Fitting;

/// <summary>How a free parameter's search coordinate <c>u</c> (0 at the starting scenario) moves the values it sets.</summary>
public enum ParameterTransform
{
    /// <summary>Multiplies every value by <c>exp(u)</c>: positive values stay positive, ratios between sectors are kept.</summary>
    LogScale,

    /// <summary>Shifts the log-odds of every value by <c>u</c>: shares stay in (0, 1), their ordering across sectors is kept.</summary>
    LogitShift,

    /// <summary>Adds <c>u</c> to every value (for margins, which may be negative).</summary>
    Shift,
}
