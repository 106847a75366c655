using Rdsim.Engine;
using Rdsim.Runs;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Selftest;

/// <summary>Runs the small, fixed-seed version of a scenario and renders its <c>years.csv</c>.</summary>
public static class GoldenRun
{
    /// <summary>
    /// The <c>years.csv</c> text of the golden version of <paramref name="scenarioPath"/> on <paramref name="engine"/>, with
    /// <paramref name="overrides"/> (<c>name=value</c>) after the golden ones, e.g. to show that a value written out changes nothing.
    /// </summary>
    public static async Task<string> YearsCsv(string scenarioPath, ISimulationEngine engine, CancellationToken cancellationToken,
        IReadOnlyList<string>? overrides = null)
    {
        var scenario = ScenarioLoader.Load(scenarioPath, [.. BundledScenarios.GoldenOverrides, .. overrides ?? []]);
        var result = await Simulator.Run(scenario, new RunOptions { Engine = engine }, cancellationToken);
        var file = Path.Combine(Path.GetTempPath(), $"rdsim-golden-{Guid.NewGuid():N}.csv");
        try
        {
            result.YearsTable.Write(file);
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
