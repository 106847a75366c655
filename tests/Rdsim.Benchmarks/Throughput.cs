using Rdsim.Engine;

namespace Rdsim.Benchmarks;

/// <summary>Firm-years per second (both worlds, every replicate) of the first year and of the years after it.</summary>
internal static class Throughput
{
    public static double First(SimulationResult result, SimulationInput input) =>
        FirmYearsPerYear(input) / result.Timings["firstYear"].TotalSeconds;

    public static double Steady(SimulationResult result, SimulationInput input) =>
        FirmYearsPerYear(input) * (input.Run.SimulatedYears - 1) / SteadySeconds(result);

    /// <summary>Time spent on the years after the first: the Orleans engine times them itself; for the reference it is the rest of the run.</summary>
    public static double SteadySeconds(SimulationResult result) => result.Timings.TryGetValue("laterYears", out var later)
        ? later.TotalSeconds
        : (result.Timings["total"] - result.Timings["setup"] - result.Timings["firstYear"]).TotalSeconds;

    private static double FirmYearsPerYear(SimulationInput input) => 2.0 * input.Firms.Count * input.Run.Replications;
}
