using System.ComponentModel;
using Rdsim.Cli.Infrastructure;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim population</c>: writes a scenario's population of firms as CSV (the same columns <c>population.from</c> reads).</summary>
public sealed class PopulationCommand : AsyncCommand<PopulationCommand.Settings>
{
    /// <summary>Options of <c>rdsim population</c>.</summary>
    public sealed class Settings : ScenarioOptions
    {
        /// <summary>The CSV file to write.</summary>
        [CommandOption("-o|--out <FILE>")]
        [Description("CSV file to write (required)")]
        public string? Out { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(() =>
        {
            Languages.Use(settings.Lang);
            if (settings.Out is null) throw Errors.Option("--out", new("Say where to write the population, e.g. --out firms.csv.", "请指定企业总体的写入位置，例如 --out firms.csv。"));
            OutputPaths.RequireWritableFile(settings.Out, "--out");
            var scenario = ScenarioLoader.LoadWith(settings.Scenario, settings.Changes());
            foreach (var warning in scenario.Warnings) CliConsole.Warn(warning);
            var population = PopulationBuilder.Build(scenario);
            PopulationCsv.Write(population, settings.Out);
            CliConsole.Info($"Wrote {population.Traits.Count:N0} firms to {settings.Out}.");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken);
}
