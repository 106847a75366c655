using System.ComponentModel;
using System.Globalization;
using Rdsim.Cli.Infrastructure;
using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Workbook;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim compare</c>: runs several scenarios on one seed (common random numbers: the same firms and shocks),
/// prints them side by side, and writes each run, their differences from the first, overlay charts, the comparison brief and,
/// last, <c>compare.json</c> with the command that makes it all again; with
/// <c>--sensitivity</c> also each difference rerun under every uncertain parameter's two ends.
/// </summary>
public sealed class CompareCommand : AsyncCommand<CompareCommand.Settings>
{
    /// <summary>Options of <c>rdsim compare</c>.</summary>
    public sealed class Settings : BatchOptions
    {
        /// <summary>The scenario files; the first is the baseline.</summary>
        [CommandArgument(0, "<SCENARIOS>")]
        [Description("Two or more scenario files; the first is the baseline the others are compared with")]
        public string[] Scenarios { get; init; } = [];

        /// <summary>Output folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("Results folder (default: comparisons/<first>-vs-<second>…)")]
        public string? Out { get; init; }

        /// <summary>Whether to compute how far each difference depends on behavioural assumptions.</summary>
        [CommandOption("--sensitivity")]
        [Description("Also rerun every scenario with each uncertain parameter (rdsim params) at both ends of its advisory range, on the same firms and shocks: write sensitivity_differences.csv and, in the brief, each reform's band of Δ induced R&D, Δ revenue forgone and marginal bang for the buck")]
        public bool Sensitivity { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            if (settings.Scenarios.Length < 2) throw Errors.Option("<SCENARIOS>", new("compare needs at least two scenario files.", "compare 至少需要两个情景文件。"));
            var language = Languages.Use(settings.Lang);
            var unit = MoneyUnits.Parse(settings.MoneyUnit, language);
            var engine = EngineChoice.Batch(settings.Cluster);
            // Each scenario keeps its own seed and replications unless --seed or --replications gives them to all: one that sets
            // others than the baseline's is refused with the other parameters a comparison needs equal, not quietly run on the baseline's.
            var loaded = settings.Scenarios.Select(s => ScenarioLoader.LoadWith(s, Common(settings))).ToList();
            var first = loaded[0];
            ComparableScenarios.Require(loaded, settings.Scenarios);
            foreach (var l in loaded) MemoryCheck.Require(l, MemoryEstimate.For(l, engine.Capabilities.Firms), settings.Force);
            var variants = settings.Sensitivity ? CompareSensitivityRuns.Variants(loaded) : [];
            foreach (var v in variants) SensitivityRuns.RequireMemory(v, engine, settings.Force);
            var folder = settings.Out ?? Path.Combine("comparisons", string.Join("-vs-", settings.Scenarios.Select(Path.GetFileNameWithoutExtension)));
            // The sensitivity table is listed even without --sensitivity: a comparison made again removes an earlier one, which would belong to other runs.
            using var output = OutputPaths.Open(folder, "--out", FolderKind.Compare, [SummaryFile, DifferencesFile, ReformSensitivityTable.File, .. CompareFolder.Rendered(charts: true, language)], settings.Force);
            var runFolders = settings.Scenarios.Select((s, i) => CompareFolder.RunFolderName(i, s)).ToList();
            var outputs = new List<Scenarios.IO.OutputFolder>();
            using var release = new Releasing(outputs);
            foreach (var name in runFolders) outputs.Add(OutputPaths.Open(Path.Combine(folder, name), "--out", FolderKind.Run, RunFolder.Outputs(charts: false, panel: false, language), settings.Force, memberOf: FolderKind.Compare));
            try
            {
                // Until the new comparison is complete, the folder must not claim to hold the old one; nor its run folders this one does not write.
                var previous = CompareFolder.ReadManifest(output.Path);
                output.DeleteOwned(f => f is CompareFolder.ManifestFile);
                RemoveStaleRuns(folder, previous, runFolders);
                var command = ReproduceCommand.For(settings, first, folder);
                if (!settings.NoCharts) ChartFonts.Require(language);
                // As rdsim run warns of each scenario's values (a --set once, not once a scenario), and of the sensitivity ends beyond them.
                ScenarioWarnings.Print([.. loaded.Select((l, i) => (settings.Scenarios[i], l)),
                    .. variants.SelectMany((v, i) => v.Select(variant => (settings.Scenarios[i], variant.Scenario)))]);
                CliConsole.Say(t => t.Comparing, loaded.Count, first.Run.Seed, first.Run.Replications, EngineChoice.BatchNote(settings.Cluster));

                var inFlight = await InFlightLimit.For(engine, loaded.Select(l => MemoryEstimate.For(l, engine.Capabilities.Firms)).MaxBy(e => e.Bytes)!, cancellationToken);
                var runs = new RunResult[loaded.Count];
                await ProgressDisplay.Show("compare", async progress =>
                {
                    var batch = new BatchProgress(loaded.Sum(BatchProgress.FirmYears), progress);
                    await RunsInFlight.ForEach(loaded.Count, inFlight, async (i, token) =>
                    {
                        // The run's own command: its --set overrides; the common seed and replications are added as --seed and --replications.
                        var runSettings = new RunCommand.Settings { Scenario = settings.Scenarios[i], Set = settings.Set, CsvBom = settings.CsvBom };
                        var runCommand = ReproduceCommand.For(runSettings, loaded[i], engine.Name, Path.Combine(folder, runFolders[i]));
                        var population = ScenarioRun.Announce(loaded[i], engine);
                        var run = batch.Start(BatchProgress.FirmYears(loaded[i]));
                        var result = await Simulator.Run(loaded[i], new RunOptions { Engine = engine, Progress = run, Population = population, Command = runCommand }, token);
                        RunFolder.Save(outputs[i], result, csvByteOrderMark: settings.CsvBom, cancellationToken: token, language: language);
                        runs[i] = result;
                        run.Finished();
                    }, cancellationToken);
                    return runs;
                });

                var sensitivity = settings.Sensitivity ? await CompareSensitivityRuns.Execute(runs, variants, engine, cancellationToken) : null;
                output.DeleteOwned(f => f is SummaryFile or DifferencesFile or ReformSensitivityTable.File || RunFolder.IsRendered(f));
                cancellationToken.ThrowIfCancellationRequested();
                CompareSummary.Write(Path.Combine(folder, SummaryFile), runs, settings.CsvBom);
                DifferencesTable.Write(Path.Combine(folder, DifferencesFile), runs, settings.CsvBom);
                if (sensitivity is not null) ReformSensitivityTable.Write(Path.Combine(folder, ReformSensitivityTable.File), sensitivity, settings.CsvBom);
                cancellationToken.ThrowIfCancellationRequested();
                CompareOutputs.Render(runs, folder, command, language, unit, charts: !settings.NoCharts, [], settings.CsvBom, cancellationToken, sensitivity);
                cancellationToken.ThrowIfCancellationRequested();
                CompareFolder.WriteManifest(output, new CompareManifest("rdsim", ToolVersion.Current, command, first.Run.Seed, first.Run.Replications, runFolders, output.Written,
                    Members: [.. runFolders.Select((name, i) => new CompareMember(name, runs[i].Manifest.ResultFingerprint))]));
                CompareSummary.Print(runs, language, unit);
                CliConsole.Say(t => t.CompareResults, folder, $"{CompareFolder.ManifestFile}, summary.csv, differences.csv{(sensitivity is null ? "" : ", " + ReformSensitivityTable.File)}, " +
                    $"{ComparisonWorkbook.File}{(settings.NoCharts ? "" : ", charts/")}, {BriefFiles.Html(language)}");
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped half-way, a comparison would leave run folders that look finished beside no compare.json and others holding
                // tables but no manifest, half a comparison: what it wrote goes, as the earlier comparison it was replacing began to go
                // when it started. The run folders first: they are inside the compare folder.
                foreach (var run in outputs) run.Discard();
                output.Discard();
                CliConsole.Fail(ConsoleText.Format(CliConsole.Text.CompareStopped, folder, StopSignal.Name));
                return StopSignal.ExitCode;
            }
        }, cancellationToken);

    private const string SummaryFile = "summary.csv";

    private const string DifferencesFile = "differences.csv";

    /// <summary>
    /// Removes the run folders the earlier comparison in <paramref name="folder"/> wrote (those its <paramref name="previous"/>
    /// <c>compare.json</c> lists) that this one does not (<paramref name="keep"/>): every file their ledger proves rdsim wrote, then
    /// the folder when nothing else is left. One holding anything else keeps it, with a warning (report reads compare.json's list).
    /// </summary>
    private static void RemoveStaleRuns(string folder, CompareManifest? previous, IReadOnlyList<string> keep)
    {
        foreach (var name in previous?.Runs ?? [])
        {
            if (keep.Contains(name) || !CompareFolder.IsRunFolderName(name)) continue;
            var path = Path.Combine(folder, name);
            if (!Directory.Exists(path) || new DirectoryInfo(path).LinkTarget is not null) continue;
            try
            {
                using (var stale = Scenarios.IO.OutputFolder.Open(path, new OutputOptions { Option = "--out", Kind = FolderKind.Run, MemberOf = FolderKind.Compare }))
                {
                    stale.DeleteOwned(_ => true);
                }
                if (Directory.EnumerateFileSystemEntries(path).All(e => Path.GetFileName(e) == Scenarios.IO.OutputFolder.StateFolder))
                {
                    Directory.Delete(path, recursive: true);
                    continue;
                }
            }
            catch (InputException)
            {
                // Not a run folder rdsim can prove it wrote: left as it is.
            }
            CliConsole.Warn($"warning: {path}: the earlier comparison's run folder, not part of this one, holds files rdsim did not write and is left in place (report reads the runs {CompareFolder.ManifestFile} lists)");
        }
    }

    /// <summary>Releases the run folders of a comparison, whichever way it ends.</summary>
    private sealed class Releasing(List<Scenarios.IO.OutputFolder> folders) : IDisposable
    {
        public void Dispose()
        {
            foreach (var folder in folders) folder.Dispose();
        }
    }

    /// <summary>
    /// The overrides every scenario gets: <c>--set</c>, then <c>--seed</c> and <c>--replications</c> when given, each labelled with its option.
    /// </summary>
    private static IReadOnlyList<ScenarioChange> Common(Settings settings)
    {
        var changes = new List<ScenarioChange>(ScenarioChange.ParseAll(settings.Set));
        if (settings.Seed is { } seed) changes.Add(ScenarioChange.Set("simulation.seed", seed, "--seed"));
        if (settings.Replications is { } replications) changes.Add(ScenarioChange.Set("simulation.replications", replications, "--replications"));
        return changes;
    }
}
