using Rdsim.Cli.Infrastructure;
using System.Globalization;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim validate</c>: checks a scenario file (and its <c>extends</c> chain and overrides) without running it.</summary>
public sealed class ValidateCommand : AsyncCommand<ScenarioOptions>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, ScenarioOptions settings, CancellationToken cancellationToken) =>
        Errors.Guard(() =>
        {
            var loaded = ScenarioLoader.Load(settings.Scenario, settings.Overrides());
            foreach (var warning in loaded.Warnings) CliConsole.Warn(warning.ToString());
            var s = loaded.Scenario;
            var population = (s.Population.FromCsv ?? $"{s.Population.Firms:N0} synthetic firms") + Turnover(s.Population);
            CliConsole.Out.WriteLine($"{settings.Scenario}: valid. \"{s.Name}\", {s.Run.FirstYear}–{s.Run.LastYear} " +
                $"(+{s.Run.WarmupYears} warm-up), {population}, seed {s.Run.Seed}, {s.Run.Replications} replicate(s); " +
                $"{loaded.Warnings.Count} warning(s); content hash {s.ContentHash[..12]}");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken);

    /// <summary>" (entry x% and exit y% a year)" when the population turns over; entry counts for synthetic firms only.</summary>
    private static string Turnover(PopulationSpec p)
    {
        var entry = p.FromCsv is null ? p.EntryRate : 0;
        if (entry == 0 && p.ExitRate == 0) return "";
        return string.Create(CultureInfo.InvariantCulture, $" (entry {entry:0.##%} and exit {p.ExitRate:0.##%} a year)");
    }
}
