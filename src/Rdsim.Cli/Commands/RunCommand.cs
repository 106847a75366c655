using System.ComponentModel;
using System.Globalization;
using Rdsim.Cli.Infrastructure;
using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Panel;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim run</c>: runs a scenario with its no-incentive counterfactual and writes the results folder; with <c>--sensitivity</c>
/// also the sensitivity band of its headline numbers (as <c>rdsim sensitivity</c> with its default parameters).
/// </summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    /// <summary>Options of <c>rdsim run</c>.</summary>
    public sealed class Settings : ScenarioBatchOptions
    {
        /// <summary>Results folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("Results folder (default: runs/<scenario file name>)")]
        public string? Out { get; init; }

        /// <summary>Which engine.</summary>
        [CommandOption("--engine <ENGINE>")]
        [Description("orleans (every firm a grain, embedded silo; default) or reference (plain loop, the test oracle)")]
        public string Engine { get; init; } = EngineChoice.Default;


        /// <summary>Whether to write the firm-year panel.</summary>
        [CommandOption("--panel")]
        [Description("Also write firms.parquet: every firm in every year, replicate and world (needs --engine reference)")]
        public bool Panel { get; init; }

        /// <summary>Whether to compute the sensitivity band.</summary>
        [CommandOption("--sensitivity")]
        [Description("Also rerun with each uncertain parameter (rdsim params) at both ends of its advisory range, on the same firms and shocks: write sensitivity.csv and tornado charts, and the band in the brief (as rdsim sensitivity)")]
        public bool Sensitivity { get; init; }

        /// <inheritdoc />
        public override IReadOnlyList<ScenarioChange> Changes() =>
            Replications is { } n ? [.. base.Changes(), ScenarioChange.Set("simulation.replications", n, "--replications")] : base.Changes();
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            var engine = EngineChoice.Create(settings.Engine, settings.Cluster);
            var language = Languages.Use(settings.Lang);
            var unit = MoneyUnits.Parse(settings.MoneyUnit, language);
            if (settings.Panel && !engine.Capabilities.ObservesFirms) throw Errors.Option("--panel", new("the firm panel needs --engine reference (the only engine that observes single firms).",
                "企业面板数据需要 --engine reference（唯一能观察单个企业的引擎）。"));
            var scenario = ScenarioLoader.LoadWith(settings.Scenario, settings.Changes());
            MemoryCheck.Require(scenario, MemoryEstimate.For(scenario, engine.Capabilities.Firms, panel: settings.Panel), settings.Force);
            IReadOnlyList<SensitivityVariant> variants = settings.Sensitivity ? SensitivityVariant.Of(scenario, SensitivitySpec.Defaults, "--sensitivity") : [];
            SensitivityRuns.RequireMemory(variants, engine, settings.Force);
            var folder = settings.Out ?? Path.Combine("runs", Path.GetFileNameWithoutExtension(settings.Scenario));
            IReadOnlyList<string> sensitivityFiles = settings.Sensitivity ? [SensitivityTable.File, .. settings.NoCharts ? [] : SensitivityCharts.Files] : [];
            using var output = OutputPaths.Open(folder, "--out", FolderKind.Run, [.. RunFolder.Outputs(!settings.NoCharts, settings.Panel, language), .. sensitivityFiles], settings.Force);
            if (!settings.NoCharts) ChartFonts.Require(language);
            foreach (var warning in scenario.Warnings) CliConsole.Warn(warning);
            ScenarioWarnings.Universe([scenario, .. variants.Select(v => v.Scenario)]);
            SensitivityRuns.Warn(scenario, variants);

            FirmPanel? panel = null;
            var result = await ScenarioRun.Execute(scenario, engine, new RunOptions
            {
                Observer = p => settings.Panel ? panel = new FirmPanel(p) : null,
                Command = ReproduceCommand.For(settings, scenario, engine.Name, folder),
            }, cancellationToken);
            Summary(result.Simulation!, language, unit);
            var sensitivity = settings.Sensitivity ? await SensitivityRuns.Execute(result, variants, engine, cancellationToken) : null;
            if (sensitivity is not null) SensitivitySummary.Print(sensitivity, language, unit);
            CliConsole.Say(t => t.Writing, folder);
            RunFolder.Save(output, result, panel, run =>
            {
                // A stored result like years.csv (report draws the band from it), so written with the tables, before the drawings.
                if (sensitivity is not null) SensitivityTable.Write(Path.Combine(output.Path, SensitivityTable.File), sensitivity, settings.CsvBom);
                RunOutputs.Render(run, output.Path, language, unit, !settings.NoCharts, alterations: [], settings.CsvBom, cancellationToken, sensitivity);
            }, settings.CsvBom, cancellationToken, language);
            CliConsole.Say(t => t.RunResults, folder,
                $"manifest.json, years.csv, groups.csv, intensity_histogram.csv, bunching.csv, results.xlsx{(panel is null ? "" : ", firms.parquet")}{(sensitivity is null ? "" : ", " + SensitivityTable.File)}",
                result.Manifest.ResultFingerprint[..12]);
            return ExitCodes.Ok;
        }, cancellationToken);

    /// <summary>The run by year in <paramref name="language"/>, money in <paramref name="unit"/>: one replicate as it is, several as means over them (as the brief and charts show).</summary>
    private static void Summary(SimulationResult result, ChartLanguage language, MoneyUnit unit)
    {
        var (text, replicates, unitName) = (ConsoleText.For(language), result.Replicates.Count, unit.Label(language));
        var title = replicates == 1 ? unitName : string.Format(CultureInfo.InvariantCulture, text.MeanOver, replicates, unitName);
        var table = new Table().Border(TableBorder.Simple).Title(title);
        // A credit's users are shown when there is a credit (under a credit reform there may be no claimants at all).
        var credit = result.Replicates.Any(r => r.Years.Any(y => y.Scenario.Total[CountMetric.CreditUsers] > 0));
        foreach (var header in credit ? [.. text.RunColumns, text.CreditUsers] : text.RunColumns)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }
        for (var i = 0; i < result.Replicates[0].Years.Count; i++)
        {
            var years = result.Replicates.Select(r => r.Years[i]).ToList();
            double Mean(Func<YearResult, double> value) => years.Average(value);
            // Summed over the replicates' same year: means are sums ÷ replicates, bang for the buck the pooled ratio.
            var a = Additionality.Of(years);
            string Money(double value) => unit.Text(value);
            var bang = double.IsFinite(a.BangForBuck) ? a.BangForBuck.ToString("F2", CultureInfo.InvariantCulture) : Rdsim.Reporting.Tables.NoValue.Mark;
            string[] cells =
            [
                years[0].Year.ToString(CultureInfo.InvariantCulture), Money(Mean(y => y.Scenario.Total[SumMetric.RealRd].Value)),
                Money(Mean(y => y.Counterfactual.Total[SumMetric.RealRd].Value)), Money(a.InducedRealRd / replicates),
                Money(Mean(y => y.Scenario.Total[SumMetric.ReportedRd].Value)),
                Money(a.TotalRelief / replicates), Money(a.RevenueForgone / replicates), bang,
                Count(Mean(y => y.Scenario.Total[CountMetric.HnteFirms])), Count(Mean(y => y.Scenario.Total[CountMetric.Claimants])),
            ];
            table.AddRow(credit ? [.. cells, Count(Mean(y => y.Scenario.Total[CountMetric.CreditUsers]))] : cells);
        }
        CliConsole.Out.Write(table);
    }

    private static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
