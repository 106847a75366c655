using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Tests.Support;

/// <summary>A sensitivity analysis made by hand, for tests of what is computed, stored and drawn from one.</summary>
internal static class SensitivityExample
{
    /// <summary>Three parameters whose ends move bang for the buck (the first metric) by 0.1, 0.6 and 0.3 around a base of 1.</summary>
    public static SensitivityResult Analysis()
    {
        static SensitivityPoint Point(string? parameter, SensitivityEnd? end, string value, double bang) =>
            new(parameter, end, value, [bang, 100 * bang, 100, double.NaN], parameter is null ? "base" : $"{parameter}-{end}");
        return new SensitivityResult("Test", Point(null, null, "", 1.0),
        [
            Point("a.small", SensitivityEnd.Low, "1", 0.95), Point("a.small", SensitivityEnd.High, "2", 1.05),
            Point("b.large", SensitivityEnd.Low, "1", 0.7), Point("b.large", SensitivityEnd.High, "2", 1.3),
            // Both ends lower the metric: the swing is the distance between them, not from the base.
            Point("c.middle", SensitivityEnd.Low, "1", 0.6), Point("c.middle", SensitivityEnd.High, "2", 0.9),
        ]);
    }
}
