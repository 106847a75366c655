using System.ComponentModel;
using System.Globalization;
using Rdsim.Cli.Infrastructure;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Sweeps;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Sweeps;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim sweep</c>: runs the full factorial of the varied parameters over a base scenario, storing each
/// finished point so an interrupted sweep can be resumed, then writes <c>sweep.csv</c>, heatmaps and the frontier.
/// </summary>
public sealed class SweepCommand : AsyncCommand<SweepCommand.Settings>
{
    /// <summary>Options of <c>rdsim sweep</c>.</summary>
    public sealed class Settings : ScenarioBatchOptions
    {
        /// <summary>Swept parameters.</summary>
        [CommandOption("--vary <NAME=VALUES>")]
        [Description("A swept parameter: name=from:to:step or name=v1,v2,… (e.g. hnte.rate=0.10,0.15,0.20). Repeatable; the grid is the full factorial")]
        public string[] Vary { get; init; } = [];

        /// <summary>Output folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("Sweep folder (default: sweeps/<file name>)")]
        public string? Out { get; init; }

        /// <summary>Whether to resume.</summary>
        [CommandOption("--resume")]
        [Description("Skip the points an interrupted sweep finished (refused if the base or the grid changed)")]
        public bool Resume { get; init; }

    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            var language = Languages.Use(settings.Lang);
            var unit = MoneyUnits.Parse(settings.MoneyUnit, language);
            var folder = settings.Out ?? Path.Combine("sweeps", Path.GetFileNameWithoutExtension(settings.Scenario));
            var plan = SweepPlan.From(settings, folder);
            if (settings.Resume && !Directory.Exists(folder)) throw Errors.Option("--resume", new($"there is no sweep to resume in '{folder}' (no such folder).", $"'{folder}' 中没有可继续的参数扫描（没有这个文件夹）。"));
            var engine = EngineChoice.Batch(settings.Cluster);
            foreach (var point in plan.Points) MemoryCheck.Require(point, MemoryEstimate.For(point, engine.Capabilities.Firms), settings.Force);
            await EngineChoice.RequireReachableAsync(engine, cancellationToken);
            using var output = OutputPaths.Open(folder, "--out", FolderKind.Sweep, SweepFolder.Outputs(plan.Points.Count, !settings.NoCharts), settings.Force);
            var manifest = new SweepManifest("rdsim", ToolVersion.Current, plan.Base.SourcePath, plan.Base.ContentHash,
                plan.Grid.Specs, plan.Grid.Points.Count, SweepFolder.GridHash(plan.Base.ContentHash, plan.Grid.Specs), plan.Command);
            Prepare(output, manifest, settings.Resume);
            if (!settings.NoCharts) ChartFonts.Require(language);
            // As rdsim run warns of a scenario's values: the base's and the swept values', each once however many points have it.
            ScenarioWarnings.Print(plan.Points.Select(p => (settings.Scenario, p)));

            var pending = Enumerable.Range(0, plan.Points.Count).Where(i => !File.Exists(SweepFolder.PointFile(folder, i))).ToList();
            var left = pending.Count < plan.Points.Count ? ConsoleText.Format(CliConsole.Text.SweepLeft, plan.Points.Count - pending.Count, pending.Count) : ".";
            CliConsole.Say(t => t.Sweep, plan.Base.Name, plan.Points.Count, plan.Base.Run.Replications, EngineChoice.BatchNote(settings.Cluster), left);
            var names = plan.Grid.Specs.Select(s => s.Name).ToList();
            IReadOnlyList<SweepSummary> summaries;
            try
            {
                await RunPoints(folder, plan, pending, settings.Cluster, settings.CsvBom, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                SweepFolder.Assemble(folder, plan.Points.Count, settings.CsvBom);
                SweepFolder.WriteWorkbook(folder, plan.Grid);
                summaries = SweepFolder.Summaries(folder, plan.Grid);
                if (!settings.NoCharts) SweepCharts.Draw(Path.Combine(folder, RunCharts.Folder), summaries, names, plan.Base.Name, language, unit, settings.CsvBom);
                cancellationToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // sweep.csv must not mark a sweep complete whose charts are not: it goes, with what was drawn. The finished points
                // stay, whole: say how many, and how to go on from them (when all are, --resume only draws).
                SweepFolder.DeleteAssembled(output);
                var done = Enumerable.Range(0, plan.Points.Count).Count(i => File.Exists(SweepFolder.PointFile(folder, i)));
                CliConsole.Fail(ConsoleText.Format(CliConsole.Text.SweepStopped, done, plan.Points.Count, Path.Combine(folder, "points"), StopSignal.Name));
                CliConsole.Say(t => t.SweepResume, ResumeCommand(settings, folder));
                return StopSignal.ExitCode;
            }
            SweepTable.Print(summaries, names, language, unit);
            CliConsole.Say(t => t.ResultsIn, folder, $"sweep.csv, sweep.xlsx, sweep.json, points/{(settings.NoCharts ? "" : ", charts/")}");
            return ExitCodes.Ok;
        }, cancellationToken);

    /// <summary>The command the user gave, with <c>--out</c> and <c>--resume</c>: it runs only the points not finished.</summary>
    private static string ResumeCommand(Settings s, string folder)
    {
        var parts = new List<string> { "rdsim", "sweep", ReproduceCommand.Quote(s.Scenario) };
        parts.AddRange(s.Vary.SelectMany(v => new[] { "--vary", ReproduceCommand.Quote(v) }));
        parts.AddRange(s.Set.SelectMany(v => new[] { "--set", ReproduceCommand.Quote(v) }));
        if (s.Seed is { } seed) parts.AddRange(["--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        if (s.Replications is { } n) parts.AddRange(["--replications", n.ToString(CultureInfo.InvariantCulture)]);
        if (s.Cluster is { } cluster) parts.AddRange(["--cluster", ReproduceCommand.Quote(cluster)]);
        if (s.NoCharts) parts.Add("--no-charts");
        if (s.CsvBom) parts.Add("--csv-bom");
        if (s.Lang != "en") parts.AddRange(["--lang", ReproduceCommand.Quote(s.Lang)]);
        if (s.MoneyUnit is { } unit) parts.AddRange(["--money-unit", ReproduceCommand.Quote(unit)]);
        parts.AddRange(["--out", ReproduceCommand.Quote(folder), "--resume"]);
        return string.Join(' ', parts);
    }

    private static void Prepare(OutputFolder output, SweepManifest manifest, bool resume)
    {
        var folder = output.Path;
        if (!resume)
        {
            SweepFolder.Clear(output);
            SweepFolder.WriteManifest(folder, manifest);
            return;
        }
        var stored = SweepFolder.ReadManifest(folder);
        if (stored is null && !SweepFolder.HasPoints(folder))
        {
            // Stopped between creating the folder and writing its manifest: nothing had finished, so resuming is starting.
            Prepare(output, manifest, resume: false);
            return;
        }
        if (stored is null) throw Errors.Option("--resume", new($"there is no sweep to resume in '{folder}' (no {SweepFolder.ManifestFile}).", $"'{folder}' 中没有可继续的参数扫描（没有 {SweepFolder.ManifestFile}）。"));
        if (stored.GridHash != manifest.GridHash)
        {
            throw Errors.Option("--resume", new($"the sweep in '{folder}' was run with another base scenario or grid; run without --resume to start again, or use another --out.",
                $"'{folder}' 中的参数扫描用的是另一个基准情景或取值组合；请不加 --resume 重新开始，或另给 --out。"));
        }
    }

    private static async Task RunPoints(string folder, SweepPlan plan, IReadOnlyList<int> pending, string? cluster, bool csvByteOrderMark,
        CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        var engine = EngineChoice.Batch(cluster);
        var inFlight = await InFlightLimit.For(engine, pending.Select(i => MemoryEstimate.For(plan.Points[i], engine.Capabilities.Firms)).MaxBy(e => e.Bytes)!, cancellationToken);
        var perPoint = pending.ToDictionary(i => i, i => BatchProgress.FirmYears(plan.Points[i]));
        await ProgressDisplay.Show("sweep", async progress =>
        {
            var sweep = new BatchProgress(perPoint.Values.Sum(), progress);
            // Each point is written as it finishes (so that --resume keeps it), in its own file: sweep.csv is assembled from them in grid order.
            await RunsInFlight.ForEach(pending.Count, inFlight, async (k, token) =>
            {
                var i = pending[k];
                var point = sweep.Start(perPoint[i]);
                var result = await Simulator.Run(plan.Points[i], new RunOptions { Engine = engine, Progress = point }, token);
                SweepFolder.WritePoint(folder, plan.Grid, i, result, csvByteOrderMark);
                point.Finished();
            }, cancellationToken);
            return pending.Count;
        });
    }

    /// <summary>The base scenario, the grid and every point's scenario, all loaded (and so checked) before anything runs.</summary>
    private sealed record SweepPlan(Scenario Base, SweepGrid Grid, IReadOnlyList<Scenario> Points, string Command)
    {
        public static SweepPlan From(Settings settings, string folder)
        {
            var file = SweepFile.TryRead(settings.Scenario);
            var fromFile = file?.Vary ?? [];
            var specs = fromFile.Concat(settings.Vary.Select(v => VarySpec.Parse(v))).ToList();
            if (specs.Count == 0) throw Errors.Option("--vary", new("nothing to sweep; give --vary name=values (or a sweep file with vary:).", "没有要扫描的参数；请给出 --vary 名称=取值（或带 vary: 的参数扫描文件）。"));
            if (specs.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } twice) throw Errors.VariedTwice(twice.Key);
            // Each override keeps the option (or the sweep file) that gave it, so that a bad value is reported against it.
            var changes = new List<ScenarioChange>(ScenarioChange.ParseAll(file?.Set ?? [], settings.Scenario));
            changes.AddRange(settings.Changes());
            if (settings.Replications is { } n) changes.Add(ScenarioChange.Set("simulation.replications", n, "--replications"));
            else if (file?.Replications is { } m) changes.Add(ScenarioChange.Set("simulation.replications", m, settings.Scenario));
            var basePath = file?.Base ?? settings.Scenario;
            var baseScenario = ScenarioLoader.LoadWith(basePath, changes);
            var grid = new SweepGrid(specs);
            var varied = specs.Select((_, i) => i < fromFile.Count ? settings.Scenario : "--vary").ToList();
            var points = Enumerable.Range(0, grid.Points.Count).Select(i => Simulator.Point(baseScenario, grid, i, varied)).ToList();
            var command = string.Join(' ', new[] { "rdsim", "sweep", ReproduceCommand.Quote(basePath) }
                .Concat(changes.SelectMany(c => new[] { "--set", ReproduceCommand.Quote(c.ToString()) }))
                .Concat(specs.SelectMany(s => new[] { "--vary", ReproduceCommand.Quote(s.ToString()) }))
                .Concat(settings.CsvBom ? ["--csv-bom"] : [])
                .Concat(["--out", ReproduceCommand.Quote(folder)]));
            return new SweepPlan(baseScenario, grid, points, command);
        }
    }
}
