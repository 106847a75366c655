using Rdsim.Cli.Infrastructure;
using System.Globalization;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim validate</c>: checks a scenario file (its <c>extends</c> chain, overrides and population file) without running it.</summary>
public sealed class ValidateCommand : AsyncCommand<ScenarioOptions>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, ScenarioOptions settings, CancellationToken cancellationToken) =>
        Errors.Guard(() =>
        {
            Languages.Use(settings.Lang);
            var s = ScenarioLoader.LoadWith(settings.Scenario, settings.Changes());
            // A population file is read as a run would read it, so that every bad row is reported here and not by run.
            if (s.Population.FromCsv is not null) PopulationBuilder.Build(s);
            foreach (var warning in s.Warnings) CliConsole.Warn(warning);
            var population = (s.Population.FromCsv ?? $"{s.Population.Firms:N0} synthetic firms") + Turnover(s.Population);
            CliConsole.Out.WriteLine($"{settings.Scenario}: valid. \"{s.Name}\", {s.Run.FirstYear}–{s.Run.LastYear} " +
                $"(+{s.Run.WarmupYears} warm-up), {population}, seed {s.Run.Seed}, {s.Run.Replications} replicate(s); " +
                $"{s.Warnings.Count} warning(s); content hash {s.ContentHash[..12]}");
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
