using Rdsim.Engine;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Cli.Selftest;

/// <summary>Runs the small, fixed-seed version of a scenario and renders its <c>years.csv</c>.</summary>
public static class GoldenRun
{
    /// <summary>The <c>years.csv</c> text of the golden version of <paramref name="scenarioPath"/> on <paramref name="engine"/>.</summary>
    public static async Task<string> YearsCsv(string scenarioPath, ISimulationEngine engine, CancellationToken cancellationToken)
    {
        var scenario = ScenarioLoader.Load(scenarioPath, BundledScenarios.GoldenOverrides).Scenario;
        var population = PopulationBuilder.Build(scenario);
        var result = await engine.RunAsync(new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, population.Traits), null, cancellationToken);
        var file = Path.Combine(Path.GetTempPath(), $"rdsim-golden-{Guid.NewGuid():N}.csv");
        try
        {
            TableWriter.Write(file, YearsTable.Columns, YearsTable.Rows(scenario.Name, result));
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
