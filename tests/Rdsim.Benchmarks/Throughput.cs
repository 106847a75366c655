using Rdsim.Engine;

namespace Rdsim.Benchmarks;

/// <summary>Firm-years per second (both worlds, every replicate) of the first year and of the years after it.</summary>
internal static class Throughput
{
    /// <summary>The first year's throughput, when the engine timed it apart (the Orleans engine does not on a warm population).</summary>
    public static double? First(SimulationResult result, SimulationInput input) =>
        result.Timings.TryGetValue("firstYear", out var first) ? FirmYearsPerYear(input) / first.TotalSeconds : null;

    public static double Steady(SimulationResult result, SimulationInput input) =>
        FirmYearsPerYear(input) * SteadyYears(result, input) / SteadySeconds(result);

    /// <summary>The years not timed apart: all but the first, or all of them when the first was stepped with the others.</summary>
    public static int SteadyYears(SimulationResult result, SimulationInput input) =>
        input.Run.SimulatedYears - (result.Timings.ContainsKey("firstYear") ? 1 : 0);

    /// <summary>
    /// Time spent on the <see cref="SteadyYears"/>: the Orleans engine times them itself; for the reference it is the rest of the
    /// run after the first year.
    /// </summary>
    public static double SteadySeconds(SimulationResult result) =>
        result.Timings.TryGetValue("laterYears", out var later) ? later.TotalSeconds
        : !result.Timings.TryGetValue("firstYear", out var first) ? result.Timings["years"].TotalSeconds
        : (result.Timings["total"] - result.Timings["setup"] - first).TotalSeconds;

    private static double FirmYearsPerYear(SimulationInput input) => 2.0 * input.Firms.Count * input.Run.Replications;
}
