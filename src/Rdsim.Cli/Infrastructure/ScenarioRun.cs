using Rdsim.Engine;
using Rdsim.Reporting.Results;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Runs a scenario through the front door (<see cref="Simulator"/>) on the terminal: a line saying what runs, then a progress display.</summary>
public static class ScenarioRun
{
    /// <summary>
    /// Draws <paramref name="scenario"/>'s firms, says what will run, and runs it on <paramref name="engine"/> with
    /// <paramref name="options"/> (whose firm observer, if any, is made for those firms).
    /// </summary>
    public static Task<RunResult> Execute(Scenario scenario, ISimulationEngine engine, RunOptions options, CancellationToken cancellationToken)
    {
        var population = Announce(scenario, engine);
        return ProgressDisplay.Show(scenario.Name, progress =>
            Simulator.Run(scenario, options with { Engine = engine, Progress = progress, Population = population }, cancellationToken));
    }

    /// <summary>Draws <paramref name="scenario"/>'s firms and says what will run on <paramref name="engine"/>; returns the firms.</summary>
    public static Population Announce(Scenario scenario, ISimulationEngine engine)
    {
        var population = PopulationBuilder.Build(scenario);
        var run = scenario.Run;
        CliConsole.Say(t => t.Running, scenario.Name, FirmCount(population, run.FirstYear), run.FirstYear, run.LastYear, run.WarmupYears, run.Replications, engine.Name);
        return population;
    }

    /// <summary>"N firms", and how many of them enter after <paramref name="firstYear"/> when some do.</summary>
    private static string FirmCount(Population population, int firstYear)
    {
        var (entrants, t) = (population.Traits.Count(t => t.EntryYear > firstYear), CliConsole.Text);
        return entrants == 0 ? ConsoleText.Format(t.Firms, population.Traits.Count) : ConsoleText.Format(t.FirmsWithEntrants, population.Traits.Count, entrants, firstYear);
    }
}
