using System.ComponentModel;
using System.Globalization;
using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Output;
using Rdsim.Calibration.Results;
using Rdsim.Calibration.Targets;
using Rdsim.Cli.Infrastructure;
using Rdsim.Cli.Options;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim calibrate</c>: fits a scenario's free parameters to published targets (Rdsim.Calibration) and
/// writes the fit table (CSV), its chart (PNG) and the fitted scenario (YAML extending the input).
/// </summary>
public sealed class CalibrateCommand : AsyncCommand<CalibrateCommand.Settings>
{
    /// <summary>Options of <c>rdsim calibrate</c>.</summary>
    public sealed class Settings : ScenarioOptions
    {
        /// <summary>The targets file.</summary>
        [CommandOption("--targets <FILE>")]
        [Description("Targets CSV: metric,value,unit,year,source_phrase (e.g. scenarios/targets/ningbo-2013-targets.csv)")]
        public string? Targets { get; init; }

        /// <summary>Replicates per simulation.</summary>
        [CommandOption("--replications <N>")]
        [Description("Replicates per simulation; means and 5–95% bands are across them (default 3)")]
        [TypeConverter(typeof(ReplicationsOption))]
        public int Replications { get; init; } = 3;

        /// <summary>Population draws per simulation.</summary>
        [CommandOption("--populations <N>")]
        [Description("Population draws per simulation, on seeds SEED, SEED+1, …, each with --replications shock paths; the fit is to the mean over all, so it does not hinge on one draw of firms (default 1)")]
        [TypeConverter(typeof(PopulationsOption))]
        public int Populations { get; init; } = 1;

        /// <summary>Output folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder for fit.csv, fit.png and the fitted scenario (default: runs/calibrate-<scenario file name>)")]
        public string? Out { get; init; }

        /// <summary>Where the fitted scenario goes.</summary>
        [CommandOption("--fitted <FILE>")]
        [Description("Fitted scenario file (default: <DIR>/<scenario file name>-fitted.yaml); its extends path is relative to it")]
        public string? Fitted { get; init; }

        /// <summary>Whether to write into a folder rdsim cannot prove is its own.</summary>
        [CommandOption("--force")]
        [Description(OutputPaths.ForceHelp)]
        public bool Force { get; init; }

        /// <summary>Search budget.</summary>
        [CommandOption("--max-evaluations <N>")]
        [Description("Budget of simulations for the search (default 600); 0 only compares the scenario as it is with the targets")]
        [TypeConverter(typeof(MaxEvaluationsOption))]
        public int MaxEvaluations { get; init; } = 600;

        /// <summary>Screening points.</summary>
        [CommandOption("--screening <N>")]
        [Description("Latin-hypercube points screened over the free parameters' ranges before Nelder–Mead (default 8 per free parameter, at most half the budget)")]
        [TypeConverter(typeof(ScreeningOption))]
        public int? Screening { get; init; }

        /// <summary>Nelder–Mead starts.</summary>
        [CommandOption("--starts <N>")]
        [Description("Nelder–Mead searches, each from one of the best distinct screened points (default 3)")]
        [TypeConverter(typeof(StartsOption))]
        public int Starts { get; init; } = 3;

        /// <summary>Where the search starts.</summary>
        [CommandOption("--start-from <FILE>")]
        [Description("Start the search where this scenario has the free parameters (an earlier fit of the same input, e.g. after a change to the model); the ranges stay the input's")]
        public string? StartFrom { get; init; }

        /// <summary>Free parameters.</summary>
        [CommandOption("--free <NAMES>")]
        [Description("Comma-separated free parameters (default: revenueMedian,marginMean,intensityMedian,highTechShareMedian,rdStaffShareMedian,claimCost,certificationCost,coreIpProbability,coreIpPerInventionPatent,highTechKnowledgeElasticity,highTechShareShockSd,intensityShockSd,qualifyingShare,rdPerformerShare,highTechShareSpread,turnoverRate,highTechIndustryShare; a name it does not know is refused with the list of every name it knows)")]
        public string? Free { get; init; }

        /// <summary>The cluster to run on, if any.</summary>
        [CommandOption("--cluster <REDIS>")]
        [Description(EngineChoice.ClusterHelp + "; the screened points and the population draws run several at a time, and the fit is the same")]
        public string? Cluster { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            Languages.Use(settings.Lang);
            if (string.IsNullOrWhiteSpace(settings.Targets)) throw Errors.Option("--targets", new("A targets file is required, e.g. --targets scenarios/targets/ningbo-2013-targets.csv.",
                "需要校准目标文件，例如 --targets scenarios/targets/ningbo-2013-targets.csv。"));
            var name = Path.GetFileNameWithoutExtension(settings.Scenario);
            var folder = settings.Out ?? Path.Combine("runs", "calibrate-" + name);
            var folderFull = OutputPathCheck.ForFolder(folder, "--out");
            var fittedPath = settings.Fitted ?? Path.Combine(folder, name + "-fitted.yaml");
            var fittedFull = OutputPathCheck.ForFile(fittedPath, "--fitted");
            RefuseOverwritingTheInput(settings.Scenario, fittedPath, fittedFull);

            // Loaded once, with every override reported against the option that gave it; the search changes it in memory.
            var loaded = ScenarioLoader.LoadWith(settings.Scenario, settings.Changes());
            var engine = EngineChoice.Batch(settings.Cluster);
            var memory = MemoryEstimate.For(loaded, engine.Capabilities.Firms, settings.Replications);
            MemoryCheck.Require(loaded, memory, settings.Force);
            var mapping = TargetMapping.Of(TargetsReader.Read(settings.Targets), settings.Targets);
            // Read before anything is written: it may be the very file --fitted replaces.
            var startFrom = settings.StartFrom is { } from ? ScenarioLoader.Load(from) : null;
            var fittedInside = Path.GetRelativePath(folderFull, fittedFull) is var r && !r.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(r)
                ? r.Replace(Path.DirectorySeparatorChar, '/') : null;
            using var output = OutputPaths.Open(folder, "--out", FolderKind.Calibration, CalibrationFolder.Outputs(fittedInside), settings.Force);
            if (settings.Fitted is not null) OutputPaths.RequireWritableFile(settings.Fitted, "--fitted");
            ChartFonts.Require(ChartLanguage.En);   // fit.png is drawn after the search: a missing font must stop it before

            var options = new CalibrationOptions
            {
                Replications = settings.Replications,
                Populations = settings.Populations,
                MaxEvaluations = settings.MaxEvaluations,
                ScreeningPoints = settings.Screening,
                Starts = settings.Starts,
                FreeParameters = settings.Free?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                StartFrom = startFrom,
                Overrides = settings.Overrides(),
                Engine = engine,
            };
            options = options with { RunsInFlight = await InFlightLimit.For(engine, memory, cancellationToken) };
            // The header waits for the search's first report: a --free the fit refuses must leave the terminal with its error alone.
            var header = ConsoleText.Format(CliConsole.Text.Calibrating, mapping.Fitted.Count, mapping.Ignored.Count,
                Draws(options.Replications, options.Populations), options.MaxEvaluations, EngineChoice.BatchNote(settings.Cluster));
            var result = Calibrator.Fit(loaded, mapping, options, new ProgressLines(header), cancellationToken);

            var command = Command(settings, folder, fittedPath);
            CalibrationFolder.Write(output, fittedPath, result, command, settings.Targets, ToolVersion.Current, cancellationToken);

            Report(result);
            // Nelder–Mead needs n + 1 simulations for its first simplex alone; well under 20 a dimension it cannot have converged.
            if (result.Evaluations > 0 && result.Evaluations < SmallBudgetPerParameter * result.Parameters.Count)
            {
                CliConsole.Warn(ConsoleText.Format(CliConsole.Text.CalibrateSmallBudget, result.Evaluations, result.Parameters.Count));
            }
            CliConsole.Say(t => t.CalibrateWrote, Path.Combine(folder, CalibrationFolder.TableFile), Path.Combine(folder, CalibrationFolder.ChartFile), fittedPath,
                Path.Combine(folder, CalibrationFolder.ManifestFile));
            return ExitCodes.Ok;
        }, cancellationToken);

    /// <summary>Simulations a free parameter below which a search is reported as too short to quote.</summary>
    private const int SmallBudgetPerParameter = 20;

    /// <summary>The fitted scenario extends its input: writing it over the input, or over any file the input extends, would lose them.</summary>
    private static void RefuseOverwritingTheInput(string scenario, string fitted, string fittedFull)
    {
        var target = Real(fittedFull);
        if (ExtendsChain.Files(scenario).FirstOrDefault(f => Real(f) == target) is { } clash)
        {
            throw Errors.Option("--fitted", clash == Path.GetFullPath(scenario)
                ? new($"'{fitted}' is the scenario being calibrated; the fitted scenario extends it, so give it another name.",
                    $"'{fitted}' 就是待校准的情景；校准后的情景要扩展它，请另取一个名字。")
                : new($"'{fitted}' is {Path.GetFileName(clash)}, which the scenario being calibrated extends; the fitted scenario extends it, so give it another name.",
                    $"'{fitted}' 是待校准情景所扩展的 {Path.GetFileName(clash)}；校准后的情景要扩展它，请另取一个名字。"));
        }
    }

    /// <summary>The file a path finally names, through symbolic links.</summary>
    private static string Real(string path) => new FileInfo(path) is { LinkTarget: not null } link ? link.ResolveLinkTarget(true)?.FullName ?? path : path;

    private static void Report(CalibrationResult result)
    {
        var text = CliConsole.Text;
        var table = new Table().Border(TableBorder.Markdown)
            .Title(ConsoleText.Format(text.FitTitle, Draws(result.Replications, result.Populations), result.StartObjective, result.Objective, result.Evaluations));
        foreach (var header in text.FitColumns) table.AddColumn(new TableColumn(header));
        var oneDraw = result.Replications * result.Populations == 1; // no spread to show
        foreach (var r in result.Rows)
        {
            table.AddRow(Markup.Escape(r.Mapped.Target.Metric), r.Mapped.Target.Year.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Mapped.Metric.Name), (r.Mapped.IsUpperBound ? "≤ " : "") + Number(r.Target), Number(r.Mean),
                oneDraw ? text.OneDraw : $"{Number(r.P5)} – {Number(r.P95)}", (r.RelativeError * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%");
        }
        CliConsole.Out.Write(table);
        CliConsole.Out.WriteLine();
        if (result.Parameters.Count > 0)   // none when the scenario is only compared with the targets (--max-evaluations 0)
        {
            var parameters = new Table().Border(TableBorder.Markdown).Title(text.FittedParametersTitle);
            foreach (var header in text.FittedParameterColumns) parameters.AddColumn(header);
            foreach (var p in result.Parameters)
            {
                var values = string.Join("; ", p.Values.Select(v => $"{ShortKey(v.Key)} {Number(v.Start)}→{Number(v.Value)}"));
                parameters.AddRow(Markup.Escape(p.Parameter.Name), p.Coordinate.ToString("F3", CultureInfo.InvariantCulture), Markup.Escape(values));
            }
            CliConsole.Out.Write(parameters);
            CliConsole.Out.WriteLine();
        }
        foreach (var i in result.Ignored)
        {
            CliConsole.Out.WriteLine(ConsoleText.Format(text.NotFitted, i.Target.Metric, i.Target.Year, i.Reason.For(text.IsChinese)));
        }
    }

    /// <summary>The sector of a sector trait (<c>population.sectors.machinery.marginMean</c> → machinery), else the parameter's own name.</summary>
    private static string ShortKey(string key)
    {
        var parts = key.Split('.');
        return parts is [_, "sectors", var sector, _] ? sector : parts[^1];
    }

    private static string Draws(int replications, int populations) => populations == 1
        ? ConsoleText.Format(CliConsole.Text.Replicates, replications)
        : ConsoleText.Format(CliConsole.Text.ReplicatesOnDraws, replications, populations);

    private static string Number(double value) => Math.Abs(value) >= 100
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Command(Settings s, string folder, string fitted)
    {
        var parts = new List<string> { "rdsim", "calibrate", s.Scenario, "--targets", s.Targets!, "--replications", s.Replications.ToString(CultureInfo.InvariantCulture),
            "--max-evaluations", s.MaxEvaluations.ToString(CultureInfo.InvariantCulture), "--out", folder, "--fitted", fitted };
        if (s.Populations != 1) parts.AddRange(["--populations", s.Populations.ToString(CultureInfo.InvariantCulture)]);
        if (s.Screening is { } screening) parts.AddRange(["--screening", screening.ToString(CultureInfo.InvariantCulture)]);
        if (s.Starts != 3) parts.AddRange(["--starts", s.Starts.ToString(CultureInfo.InvariantCulture)]);
        if (s.Free is not null) parts.AddRange(["--free", s.Free]);
        if (s.StartFrom is not null) parts.AddRange(["--start-from", s.StartFrom]);
        parts.AddRange(s.Overrides().SelectMany(o => new[] { "--set", o }));
        return string.Join(' ', parts.Select(p => p.Any(char.IsWhiteSpace) ? "'" + p + "'" : p));
    }

    /// <summary>On standard error: <paramref name="header"/> once the inputs are checked, then a line every 25 simulations.</summary>
    private sealed class ProgressLines(string header) : IProgress<CalibrationProgress>
    {
        public void Report(CalibrationProgress value)
        {
            if (value.Evaluations == 0)
            {
                CliConsole.Info(header);
                return;
            }
            if (value.MaxEvaluations == 0 || (value.Evaluations % 25 != 0 && value.Evaluations != 1)) return;
            CliConsole.Say(t => t.CalibrateProgress, value.Evaluations, value.MaxEvaluations, value.Current, value.Best);
        }
    }
}
