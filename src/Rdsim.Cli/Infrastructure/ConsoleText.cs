using System.Globalization;
using Rdsim.Reporting.Charts;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The words rdsim says on the terminal in one language (<c>--lang</c>): the result tables of run, compare, sensitivity and sweep,
/// and the lines for people on standard error (what runs, progress, where the results are). The CSV files keep their English
/// column names and descriptions whatever the language: they are read by programs, and must not change. Patterns are
/// composite formats (<c>{0}</c>, …), filled with <see cref="Format"/>.
/// </summary>
public sealed record ConsoleText
{
    /// <summary>Whether this is Chinese: a scenario's warnings are then shown in their Chinese wording.</summary>
    public required bool IsChinese { get; init; }

    /// <summary>The run table's columns: year, real R&amp;D, without incentives, induced, reported, relief, forgone, bang for the buck, HNTE firms, claimants.</summary>
    public required IReadOnlyList<string> RunColumns { get; init; }

    /// <summary>The run table's column of credit users (shown when there is a credit).</summary>
    public required string CreditUsers { get; init; }

    /// <summary>The run table's title over several replicates: {0} how many, {1} the money unit.</summary>
    public required string MeanOver { get; init; }

    /// <summary>The title of the cumulative tables (compare, sensitivity): {0} the money unit.</summary>
    public required string Cumulative { get; init; }

    /// <summary>The sweep table's title: {0} the money unit.</summary>
    public required string SweepTitle { get; init; }

    /// <summary>The compare table's columns: scenario, induced real R&amp;D, forgone, bang for the buck, relabelled, deadweight, HNTE firms and claimants in the last year.</summary>
    public required IReadOnlyList<string> CompareColumns { get; init; }

    /// <summary>The sensitivity table's columns: metric, base run, lowest, highest, moved most by.</summary>
    public required IReadOnlyList<string> SensitivityColumns { get; init; }

    /// <summary>The sweep table's columns: point, then (after the swept parameters) induced real R&amp;D, forgone, bang for the buck.</summary>
    public required IReadOnlyList<string> SweepColumns { get; init; }

    /// <summary>What a run is about to run: {0} scenario, {1} firms (<see cref="Firms"/>), {2} first year, {3} last year, {4} warm-up years, {5} replicates, {6} engine.</summary>
    public required string Running { get; init; }

    /// <summary>{0} firms.</summary>
    public required string Firms { get; init; }

    /// <summary>{0} firms, {1} of them entering after the year {2}.</summary>
    public required string FirmsWithEntrants { get; init; }

    /// <summary>A progress line: {0} what runs, {1} replicate (from 1), {2} year, {3} share done, {4} speed (<see cref="Rate"/>), {5} time left.</summary>
    public required string Progress { get; init; }

    /// <summary>Speed: {0} million firm-years per second.</summary>
    public required string Rate { get; init; }

    /// <summary>Time left: {0} seconds.</summary>
    public required string Seconds { get; init; }

    /// <summary>Before the files are written: {0} the folder.</summary>
    public required string Writing { get; init; }

    /// <summary>A run's last line: {0} the folder, {1} its files, {2} the start of the result fingerprint.</summary>
    public required string RunResults { get; init; }

    /// <summary>Before the charts: {0} their folder.</summary>
    public required string DrawingCharts { get; init; }

    /// <summary>The charts drawn: {0} how many, {1} their folder.</summary>
    public required string ChartsIn { get; init; }

    /// <summary>The brief written: {0} its file, {1} what became of its PDF.</summary>
    public required string BriefIn { get; init; }

    /// <summary>Before the PDF: {0} its file.</summary>
    public required string Printing { get; init; }

    /// <summary>What compare runs: {0} how many scenarios, {1} seed, {2} replicates, {3} the engine (<see cref="OnReference"/> or <see cref="OnCluster"/>).</summary>
    public required string Comparing { get; init; }

    /// <summary>A batch verb on the reference loop.</summary>
    public required string OnReference { get; init; }

    /// <summary>A batch verb on a cluster: {0} its address.</summary>
    public required string OnCluster { get; init; }

    /// <summary>A batch verb connected to its cluster: {0} the simulations it keeps in flight, {1} the cluster's active silos.</summary>
    public required string InFlight { get; init; }

    /// <summary>compare stopped with Ctrl+C or SIGTERM, what it had written removed: {0} the compare folder, {1} the signal.</summary>
    public required string CompareStopped { get; init; }

    /// <summary>compare's last line: {0} the folder, {1} its files.</summary>
    public required string CompareResults { get; init; }

    /// <summary>The comparison brief written: {0} its file, {1} what became of its PDF.</summary>
    public required string ComparisonBrief { get; init; }

    /// <summary>What sensitivity runs: {0} scenario, {1} how many parameters, {2} runs, {3} seed, {4} replicates, {5} the engine.</summary>
    public required string SensitivityOf { get; init; }

    /// <summary>The variant runs of a run's sensitivity band: {0} how many.</summary>
    public required string SensitivityRuns { get; init; }

    /// <summary>The variant runs of a comparison's sensitivity: {0} how many.</summary>
    public required string CompareSensitivityRuns { get; init; }

    /// <summary>The last line of sensitivity and sweep: {0} the folder, {1} its files.</summary>
    public required string ResultsIn { get; init; }

    /// <summary>What a sweep runs: {0} the base scenario, {1} points, {2} replicates, {3} the engine, {4} what is left (<see cref="SweepLeft"/>) or nothing.</summary>
    public required string Sweep { get; init; }

    /// <summary>A resumed sweep: {0} points finished, {1} to run.</summary>
    public required string SweepLeft { get; init; }

    /// <summary>A sweep stopped: {0} points finished of {1}, {2} where they are, {3} the signal (Ctrl+C or SIGTERM).</summary>
    public required string SweepStopped { get; init; }

    /// <summary>How to finish a stopped sweep: {0} the command.</summary>
    public required string SweepResume { get; init; }

    /// <summary>What calibrate fits: {0} targets fitted, {1} listed but not fitted, {2} the draws (<see cref="Replicates"/> or <see cref="ReplicatesOnDraws"/>), {3} the budget, {4} the engine.</summary>
    public required string Calibrating { get; init; }

    /// <summary>calibrate's progress line: {0} simulations run, {1} the budget, {2} the last distance, {3} the best.</summary>
    public required string CalibrateProgress { get; init; }

    /// <summary>{0} replicates per simulation on one population draw.</summary>
    public required string Replicates { get; init; }

    /// <summary>{0} replicates on each of {1} population draws.</summary>
    public required string ReplicatesOnDraws { get; init; }

    /// <summary>The fit table's title: {0} the draws, {1} the distance at the input, {2} at the fit, {3} simulations run.</summary>
    public required string FitTitle { get; init; }

    /// <summary>The fit table's columns: target, year, rdsim metric, target value, simulated mean, 5–95% band, error.</summary>
    public required IReadOnlyList<string> FitColumns { get; init; }

    /// <summary>The fit table's band when there is a single draw (no spread to show).</summary>
    public required string OneDraw { get; init; }

    /// <summary>The fitted parameters table's title.</summary>
    public required string FittedParametersTitle { get; init; }

    /// <summary>The fitted parameters table's columns: parameter, search coordinate, values (input → fitted).</summary>
    public required IReadOnlyList<string> FittedParameterColumns { get; init; }

    /// <summary>A target listed but not fitted: {0} its metric, {1} its year, {2} why.</summary>
    public required string NotFitted { get; init; }

    /// <summary>calibrate's last line: {0} the fit table, {1} its chart, {2} the fitted scenario, {3} the manifest.</summary>
    public required string CalibrateWrote { get; init; }

    /// <summary>calibrate, after a search whose budget is small for its dimensions: {0} simulations, {1} free parameters.</summary>
    public required string CalibrateSmallBudget { get; init; }

    /// <summary>The brief's PDF written: {0} its file name, {1} by which browser.</summary>
    public required string PdfWritten { get; init; }

    /// <summary>The brief's PDF not written: {0} its file name, {1} the browser that is not installed.</summary>
    public required string PdfNoBrowser { get; init; }

    /// <summary>The brief's PDF not written: {0} its file name; the browser took longer than {1} seconds.</summary>
    public required string PdfTimedOut { get; init; }

    /// <summary>The brief's PDF not written: {0} its file name; the browser printed nothing.</summary>
    public required string PdfFailed { get; init; }

    /// <summary>Fills <paramref name="pattern"/> with <paramref name="values"/>, numbers as the invariant culture writes them.</summary>
    public static string Format(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);

    /// <summary>English.</summary>
    public static ConsoleText English => ConsoleTextEnglish.Text;

    /// <summary>Simplified Chinese, in the terms of docs/glossary-zh.md.</summary>
    public static ConsoleText Chinese => ConsoleTextChinese.Text;

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ConsoleText For(ChartLanguage language) => language == ChartLanguage.Zh ? Chinese : English;
}
