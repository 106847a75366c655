using System.Globalization;
using System.Text;
using Rdsim.Calibration.Results;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Output;

/// <summary>
/// Writes the fitted scenario: a YAML file that <c>extends:</c> the input scenario and sets the fitted values (and
/// the <c>--set</c> overrides the fit was made with, so the file reproduces the fit), with a comment header saying
/// how it was produced and how well it fits.
/// </summary>
public static class FittedScenarioWriter
{
    /// <summary>The YAML text of the fitted scenario to be written at <paramref name="path"/>.</summary>
    /// <param name="path">Where the file will be written (the <c>extends</c> path is relative to its folder).</param>
    /// <param name="result">The calibration.</param>
    /// <param name="command">The command that produced it, for the header.</param>
    /// <param name="targetsFile">The targets file, for the header.</param>
    public static string Text(string path, CalibrationResult result, string command, string targetsFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var extends = Path.GetRelativePath(folder, result.Start.SourcePath).Replace('\\', '/');
        var yaml = new StringBuilder();
        yaml.Append("# Produced by `").Append(command).Append("` (rdsim calibrate): do not edit by hand, re-run it.\n");
        yaml.Append("# Method: simulated moments. A Latin-hypercube screening of the free parameters' ranges below, then Nelder–Mead\n");
        yaml.Append("# (MathNet.Numerics) from the best distinct points, minimising\n");
        yaml.Append("# Σ ln(simulated mean ÷ target)² over the targets of ").Append(Path.GetFileName(targetsFile)).Append(", with ")
            .Append(result.Replications.ToString(CultureInfo.InvariantCulture)).Append(" replicate(s) per simulation,\n");
        if (result.Populations > 1)
        {
            yaml.Append("# on each of ").Append(result.Populations.ToString(CultureInfo.InvariantCulture))
                .Append(" population draws (the scenario's seed and the next ones; means and bands over all of them),\n");
        }
        yaml.Append("# the scenario's seed on every simulation (common random numbers), ")
            .Append(result.Evaluations.ToString(CultureInfo.InvariantCulture)).Append(" simulations; distance ")
            .Append(result.StartObjective.ToString("G4", CultureInfo.InvariantCulture)).Append(" at the input, ")
            .Append(result.Objective.ToString("G4", CultureInfo.InvariantCulture)).Append(" here.\n");
        yaml.Append("# Free parameters (u = search coordinate, 0 = the input's values):\n");
        foreach (var p in result.Parameters)
        {
            yaml.Append("#   ").Append(p.Parameter.Name).Append(" (").Append(p.Parameter.Transform).Append(", u = ")
                .Append(p.Coordinate.ToString("F3", CultureInfo.InvariantCulture)).Append("): ").Append(p.Parameter.Description).Append('\n');
        }
        yaml.Append("# Fit (target → simulated mean [5–95% across replicates]):\n");
        foreach (var r in result.Rows)
        {
            yaml.Append("#   ").Append(r.Mapped.Target.Metric).Append(": ").Append(r.Mapped.IsUpperBound ? "at most " : "").Append(Number(r.Target)).Append(" → ").Append(Number(r.Mean))
                .Append(" [").Append(Number(r.P5)).Append(", ").Append(Number(r.P95)).Append("] (")
                .Append((r.RelativeError * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture)).Append("%)\n");
        }
        yaml.Append("name: ").Append(Scalar(FittedName(result.Start.Name))).Append('\n');
        yaml.Append("extends: ").Append(Scalar(extends)).Append('\n');
        var (en, zh) = FitStatus(result, targetsFile);
        yaml.Append("fit:\n  en: ").Append(Scalar(en)).Append("\n  zh: ").Append(Scalar(zh)).Append('\n');
        WriteTree(yaml, result);
        return yaml.ToString();
    }

    /// <summary>
    /// The fitted scenario's <c>fit:</c> header, in English and Chinese, from the fit itself: what it was fitted to, on how
    /// many draws, and how close it came (the brief prints it first).
    /// </summary>
    public static (string En, string Zh) FitStatus(CalibrationResult result, string targetsFile) => FitStatus(result.Rows, result.Populations, targetsFile);

    /// <summary>The <c>fit:</c> header of a fit whose targets came out as <paramref name="rows"/> on <paramref name="populations"/> draws.</summary>
    public static (string En, string Zh) FitStatus(IReadOnlyList<FitRow> rows, int populations, string targetsFile)
    {
        var file = Path.GetFileName(targetsFile);
        var years = rows.Select(r => r.Mapped.Target.Year).Distinct().Order().ToList();
        var span = years.Count == 1 ? years[0].ToString(CultureInfo.InvariantCulture) : $"{years[0]}–{years[^1]}";
        var errors = rows.Select(r => r.Miss * 100).ToList();
        string Percent(double e) => e.ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";
        var (low, high) = (Percent(errors.Min()), Percent(errors.Max()));
        var within10 = errors.Count(e => Math.Abs(e) <= 10);
        var within15 = errors.Count(e => Math.Abs(e) <= 15);
        var draws = populations.ToString(CultureInfo.InvariantCulture);
        var n = errors.Count.ToString(CultureInfo.InvariantCulture);
        return (
            $"Fitted by rdsim calibrate to {n} published figures ({file}, {span}) on the mean of {draws} population draw(s): "
            + $"errors from {low} to {high}, {within10} of {n} within ±10% and {within15} within ±15% (README, \"How well does it fit?\").",
            $"经 rdsim calibrate 按{n}项公开数据（{file}，{span}年）在{draws}组模拟企业的均值上校准：误差{low}至{high}，"
            + $"{within10}项在±10%以内，{within15}项在±15%以内（见README“How well does it fit?”）。");
    }

    /// <summary>Marker a starting scenario's name may end with; the fitted name replaces it with <c>(calibrated)</c>.</summary>
    public const string UncalibratedMarker = "(uncalibrated)";

    /// <summary>Marker a fitted scenario's name ends with.</summary>
    public const string CalibratedMarker = "(calibrated)";

    /// <summary>
    /// The fitted scenario's name: the input's name with a trailing <see cref="UncalibratedMarker"/> replaced by
    /// <c>(calibrated)</c>, or with <c>(calibrated)</c> appended ("Ningbo 2013 (uncalibrated)" → "Ningbo 2013 (calibrated)");
    /// a name already marked calibrated is kept.
    /// </summary>
    public static string FittedName(string startName)
    {
        var name = startName.TrimEnd();
        if (name.EndsWith(CalibratedMarker, StringComparison.Ordinal)) return name; // a refit of a fitted scenario
        if (name.EndsWith(UncalibratedMarker, StringComparison.Ordinal)) name = name[..^UncalibratedMarker.Length].TrimEnd();
        return name + " " + CalibratedMarker;
    }

    /// <summary>Writes the fitted scenario to <paramref name="path"/>.</summary>
    public static void Write(string path, CalibrationResult result, string command, string targetsFile) =>
        AtomicFile.WriteText(path, Text(path, result, command, targetsFile));

    /// <summary>
    /// The settings as YAML mappings: the input's overrides as given, then the fitted values, which win where both set a key
    /// (as they did in the fit).
    /// </summary>
    private static void WriteTree(StringBuilder yaml, CalibrationResult result) =>
        SettingsYaml.Write(yaml, result.InputOverrides.Concat(result.FittedOverrides).Select(o =>
        {
            var equals = o.IndexOf('=', StringComparison.Ordinal);
            return (o[..equals].Trim(), o[(equals + 1)..].Trim());
        }));

    private static string Number(double value) => Math.Abs(value) >= 10
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Scalar(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
