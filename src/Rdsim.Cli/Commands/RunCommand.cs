using System.ComponentModel;
using System.Globalization;
using Rdsim.Cli.Infrastructure;
using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Randomness;
using Rdsim.Reporting.Files;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim run</c>: runs a scenario with its no-incentive counterfactual and writes the results folder.</summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    /// <summary>Options of <c>rdsim run</c>.</summary>
    public sealed class Settings : ScenarioOptions
    {
        /// <summary>Results folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("Results folder (default: runs/<scenario file name>)")]
        public string? Out { get; init; }

        /// <summary>Replications override.</summary>
        [CommandOption("--replications <N>")]
        [Description("Replicates: shock paths over the same firms (same as --set simulation.replications=N)")]
        public int? Replications { get; init; }

        /// <summary>Which engine.</summary>
        [CommandOption("--engine <ENGINE>")]
        [Description("orleans (every firm a grain, embedded silo; default) or reference (plain loop, the test oracle)")]
        public string Engine { get; init; } = EngineChoice.Default;

        /// <inheritdoc />
        public override IReadOnlyList<string> Overrides() =>
            Replications is { } n ? [.. base.Overrides(), $"simulation.replications={n.ToString(CultureInfo.InvariantCulture)}"] : base.Overrides();
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            var engine = EngineChoice.Create(settings.Engine);
            var loaded = ScenarioLoader.Load(settings.Scenario, settings.Overrides());
            var scenario = loaded.Scenario;
            var folder = settings.Out ?? Path.Combine("runs", Path.GetFileNameWithoutExtension(settings.Scenario));
            OutputPaths.RequireFolder(folder, "--out");
            foreach (var warning in loaded.Warnings) CliConsole.Warn(warning.ToString());

            var started = DateTimeOffset.UtcNow;
            var population = PopulationBuilder.Build(scenario);
            var input = new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, population.Traits);
            CliConsole.Info($"{scenario.Name}: {population.Traits.Count:N0} firms, {scenario.Run.FirstYear}–{scenario.Run.LastYear} " +
                $"(+{scenario.Run.WarmupYears} warm-up), {scenario.Run.Replications} replicate(s), engine {engine.Name}.");
            var result = await ProgressDisplay.Show(scenario.Name, progress => engine.RunAsync(input, progress, cancellationToken));

            var manifest = Manifest(scenario, loaded.Warnings, result, engine, population.Traits.Count, started, settings, folder);
            RunFolder.Write(folder, scenario.Name, result, manifest);
            Summary(result);
            CliConsole.Info($"Results in {folder}/ (manifest.json, years.csv, groups.csv, intensity_histogram.csv). Fingerprint {manifest.ResultFingerprint[..12]}.");
            return ExitCodes.Ok;
        }, cancellationToken);

    private static RunManifest Manifest(Scenario scenario, IReadOnlyList<Diagnostic> warnings, SimulationResult result, ISimulationEngine engine,
        int firms, DateTimeOffset started, Settings settings, string folder) =>
        new(
            Tool: "rdsim",
            Version: ToolVersion.Current,
            Engine: engine.Name,
            Cluster: EngineChoice.Describe(engine),
            Scenario: new ManifestScenario(scenario.Name, scenario.Description, scenario.SourcePath, scenario.ContentHash,
                scenario.Resolved.Select(p => new ManifestParameter(p.Name, p.Value, p.Origin)).ToList()),
            Seed: scenario.Run.Seed,
            ReplicateSeeds: Enumerable.Range(0, scenario.Run.Replications).Select(r => KeyedRandom.ReplicateSeed(scenario.Run.Seed, r)).ToList(),
            Firms: firms,
            Population: scenario.Population.FromCsv ?? "synthetic",
            FirstYear: scenario.Run.FirstYear,
            LastYear: scenario.Run.LastYear,
            WarmupYears: scenario.Run.WarmupYears,
            StartedAt: started,
            FinishedAt: DateTimeOffset.UtcNow,
            TimingsSeconds: result.Timings.ToDictionary(t => t.Key, t => Math.Round(t.Value.TotalSeconds, 3)),
            Command: ReproduceCommand.For(settings, scenario, engine.Name, folder),
            ResultFingerprint: ResultFingerprint.Of(result),
            Files: [],
            Warnings: warnings.Select(w => w.ToString()).ToList());

    private static void Summary(SimulationResult result)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Replicate 1 · mn CNY");
        foreach (var header in new[] { "year", "real R&D", "no-incentive", "induced", "reported", "relief", "forgone", "bang/buck", "HNTEs", "claimants" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }
        foreach (var y in result.Replicates[0].Years)
        {
            var a = Additionality.Of(y);
            var s = y.Scenario.Total;
            table.AddRow(y.Year.ToString(CultureInfo.InvariantCulture), Money(s[SumMetric.RealRd].Value), Money(y.Counterfactual.Total[SumMetric.RealRd].Value),
                Money(a.InducedRealRd), Money(s[SumMetric.ReportedRd].Value), Money(a.TotalRelief), Money(a.RevenueForgone),
                double.IsFinite(a.BangForBuck) ? a.BangForBuck.ToString("F2", CultureInfo.InvariantCulture) : "–",
                s[CountMetric.HnteFirms].ToString("N0", CultureInfo.InvariantCulture), s[CountMetric.Claimants].ToString("N0", CultureInfo.InvariantCulture));
        }
        CliConsole.Out.Write(table);
    }

    private static string Money(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
