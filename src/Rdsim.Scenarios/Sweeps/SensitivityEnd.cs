namespace Rdsim.Scenarios.Sweeps;

/// <summary>Which end of its range a parameter is set to in a sensitivity run.</summary>
public enum SensitivityEnd
{
    /// <summary>The low end.</summary>
    Low,
    /// <summary>The high end.</summary>
    High,
}
