using Rdsim.Engine;
using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>The runs of a one-parameter sweep: the same firms, the extra deduction rate varied.</summary>
internal static class Sweeps
{
    public static IReadOnlyList<SimulationInput> Of(SimulationInput input, params double[] rates) =>
        [.. rates.Select(rate => input with
        {
            Policy = new PolicySchedule(input.Policy.FirstYear, input.Policy.LastYear, y => input.Policy.At(y) with { ExtraRate = rate }),
        })];
}
