using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// What a sensitivity analysis knows of each of its runs whatever it measures in them: which parameter was set to which end
/// of its range, or none for the central run (the base run, or a plain comparison).
/// </summary>
public interface IVariedRun
{
    /// <summary>The parameter varied; null for the central run.</summary>
    string? Parameter { get; }

    /// <summary>Which end; null for the central run.</summary>
    SensitivityEnd? End { get; }

    /// <summary>The value it was set to (empty for the central run).</summary>
    string Value { get; }
}
