using Rdsim.Engine;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Builds a scenario's firms and runs it on an engine with a progress display (for <c>run</c> and <c>compare</c>).</summary>
public static class ScenarioRun
{
    /// <summary>Runs <paramref name="scenario"/>; <paramref name="observer"/> (if any) sees every firm-year.</summary>
    public static async Task<(SimulationResult Result, Population Population)> Execute(Scenario scenario, ISimulationEngine engine,
        Func<Population, IFirmYearObserver?> observer, CancellationToken cancellationToken)
    {
        var population = PopulationBuilder.Build(scenario);
        var input = new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, population.Traits) { Observer = observer(population) };
        CliConsole.Info($"{scenario.Name}: {FirmCount(population, scenario.Run.FirstYear)}, {scenario.Run.FirstYear}–{scenario.Run.LastYear} " +
            $"(+{scenario.Run.WarmupYears} warm-up), {scenario.Run.Replications} replicate(s), engine {engine.Name}.");
        var result = await ProgressDisplay.Show(scenario.Name, progress => engine.RunAsync(input, progress, cancellationToken));
        return (result, population);
    }

    /// <summary>"N firms", and how many of them enter after <paramref name="firstYear"/> when some do.</summary>
    private static string FirmCount(Population population, int firstYear)
    {
        var entrants = population.Traits.Count(t => t.EntryYear > firstYear);
        var text = $"{population.Traits.Count:N0} firms";
        return entrants == 0 ? text : $"{text} ({entrants:N0} of them entering after {firstYear})";
    }
}
