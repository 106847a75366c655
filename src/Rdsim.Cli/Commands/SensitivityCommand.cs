using System.ComponentModel;
using System.Globalization;
using Rdsim.Cli.Infrastructure;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Workbook;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim sensitivity</c>: reruns a scenario with each uncertain parameter at the low and at the high end of its range, one at
/// a time, on common random numbers (the base's seed and replications: the same firms and shocks), and writes
/// <c>sensitivity.csv</c>, a tornado chart per headline metric, <c>brief.md</c> and <c>sensitivity.json</c>.
/// </summary>
public sealed class SensitivityCommand : AsyncCommand<SensitivityCommand.Settings>
{
    /// <summary>Options of <c>rdsim sensitivity</c>.</summary>
    public sealed class Settings : ScenarioBatchOptions
    {
        /// <summary>Varied parameters.</summary>
        [CommandOption("--vary <NAME=LOW,HIGH>")]
        [Description("A parameter and the two ends of its range, e.g. behaviour.userCostElasticity=0.5,1.5. Repeatable; default: every parameter rdsim params marks uncertain, at the ends of its advisory range")]
        public string[] Vary { get; init; } = [];

        /// <summary>Output folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("Sensitivity folder (default: sensitivity/<file name>)")]
        public string? Out { get; init; }

        /// <inheritdoc />
        public override IReadOnlyList<ScenarioChange> Changes() =>
            Replications is { } n ? [.. base.Changes(), ScenarioChange.Set("simulation.replications", n, "--replications")] : base.Changes();
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            var language = Languages.Use(settings.Lang);
            var unit = MoneyUnits.Parse(settings.MoneyUnit, language);
            var engine = EngineChoice.Batch(settings.Cluster);
            var scenario = ScenarioLoader.LoadWith(settings.Scenario, settings.Changes());
            var specs = SensitivityRuns.Specs(settings.Vary);
            var variants = SensitivityVariant.Of(scenario, specs);
            MemoryCheck.Require(scenario, MemoryEstimate.For(scenario, engine.Capabilities.Firms), settings.Force);
            SensitivityRuns.RequireMemory(variants, engine, settings.Force);
            var folder = settings.Out ?? Path.Combine("sensitivity", Path.GetFileNameWithoutExtension(settings.Scenario));
            using var output = OutputPaths.Open(folder, "--out", FolderKind.Sensitivity, SensitivityFolder.Outputs(!settings.NoCharts), settings.Force);
            if (!settings.NoCharts) ChartFonts.Require(language);
            foreach (var warning in scenario.Warnings) CliConsole.Warn(warning);
            ScenarioWarnings.Universe([scenario, .. variants.Select(v => v.Scenario)]);
            SensitivityRuns.Warn(scenario, variants);
            CliConsole.Say(t => t.SensitivityOf, scenario.Name, specs.Count, variants.Count + 1, scenario.Run.Seed, scenario.Run.Replications, EngineChoice.BatchNote(settings.Cluster));

            var baseRun = await ScenarioRun.Execute(scenario, engine, new RunOptions(), cancellationToken);
            var result = await SensitivityRuns.Execute(baseRun, variants, engine, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var command = Command(settings, scenario, specs, folder);
            var manifest = new SensitivityManifest("rdsim", ToolVersion.Current, scenario.Name, scenario.SourcePath, scenario.ContentHash,
                scenario.Run.Seed, scenario.Run.Replications, [.. specs.Select(s => s.ToString())], command, []);
            SensitivityFolder.Save(output, result, manifest, !settings.NoCharts, language, unit, settings.CsvBom);
            SensitivitySummary.Print(result, language, unit);
            CliConsole.Say(t => t.ResultsIn, folder,
                $"{SensitivityTable.File}, {SensitivityWorkbook.File}, {SensitivityBrief.File}, {SensitivityFolder.ManifestFile}{(settings.NoCharts ? "" : ", charts/")}");
            return ExitCodes.Ok;
        }, cancellationToken);

    /// <summary>The command that makes the folder again: every override, the seed and replications, every varied parameter made explicit.</summary>
    private static string Command(Settings settings, Scenario scenario, IReadOnlyList<Scenarios.Sweeps.SensitivitySpec> specs, string folder) =>
        string.Join(' ', new[] { "rdsim", "sensitivity", ReproduceCommand.Quote(settings.Scenario) }
            .Concat(settings.Set.SelectMany(s => new[] { "--set", ReproduceCommand.Quote(s) }))
            .Concat(["--seed", scenario.Run.Seed.ToString(CultureInfo.InvariantCulture), "--replications", scenario.Run.Replications.ToString(CultureInfo.InvariantCulture)])
            .Concat(specs.SelectMany(s => new[] { "--vary", ReproduceCommand.Quote(s.ToString()) }))
            .Concat(["--out", ReproduceCommand.Quote(folder)]));
}
