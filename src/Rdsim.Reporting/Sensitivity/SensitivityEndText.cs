using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>How sensitivity tables write which end of its range a run's parameter is at: low, high, or the central run's own word.</summary>
public static class SensitivityEndText
{
    /// <summary><c>low</c> or <c>high</c>, or <paramref name="central"/> for the central run (null).</summary>
    public static string Format(SensitivityEnd? end, string central) => end switch
    {
        SensitivityEnd.Low => "low",
        SensitivityEnd.High => "high",
        _ => central,
    };

    /// <summary>The end <paramref name="text"/> names, or null for anything else (the central run's word).</summary>
    public static SensitivityEnd? Parse(string text) => text switch
    {
        "low" => SensitivityEnd.Low,
        "high" => SensitivityEnd.High,
        _ => null,
    };
}
