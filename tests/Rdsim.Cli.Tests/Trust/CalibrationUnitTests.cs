using System.Diagnostics;
using System.Text.Json;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 4: a calibration's outputs are one unit, and the fitted scenario never overwrites what it extends.
/// Before: a SIGKILL just after fit.csv was renamed left the new fit.csv beside the old fit.png and fitted YAML, with
/// nothing to tell them apart; <c>--fitted X.yaml</c> on <c>X.yaml</c> overwrote the input with a file extending itself.
/// </summary>
public class CalibrationUnitTests
{
    private const string Targets = "metric,value,unit,year,source_phrase\nclaimants,40,firms,2018,made up\nhnte_firms,5,firms,2018,made up\n";

    private static string[] Calibrate(string scenario, int budget, params string[] more) =>
        ["calibrate", scenario, .. Small.Set(), "--targets", "targets.csv", "--free", "claimCost2016,certificationCost", "--replications", "1",
         "--max-evaluations", budget.ToString(System.Globalization.CultureInfo.InvariantCulture), "--screening", "2", "--starts", "1", "--out", "fit", .. more];

    [Fact]
    public void Fitted_may_be_neither_the_input_nor_a_file_it_extends()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        var parent = rdsim.Write("base.yaml", $"name: base\nextends: {Small.China}\n");
        var child = rdsim.Write("child.yaml", "name: child\nextends: base.yaml  # the baseline\n");
        var before = (File.ReadAllText(parent), File.ReadAllText(child));
        foreach (var (fitted, message) in new[] { ("child.yaml", "'child.yaml' is the scenario being calibrated"), (parent, "is base.yaml, which the scenario being calibrated extends") })
        {
            var result = rdsim.Run(Calibrate("child.yaml", 2, "--fitted", fitted));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--fitted: " , result.Error);
            Assert.Contains(message, result.Error);
        }
        Assert.Equal(before, (File.ReadAllText(parent), File.ReadAllText(child)));
        Assert.Equal(["base.yaml", "child.yaml", "targets.csv"], rdsim.Written().Order());
    }

    [Fact]
    public void A_fault_after_the_new_fit_table_leaves_no_calibration_manifest_and_one_line_naming_the_file()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        Assert.Equal(0, rdsim.Run(Calibrate(Small.China, 2)).ExitCode);
        var folder = Path.Combine(rdsim.Folder, "fit");
        AssertOneUnit(folder);

        using var calibration = new Watched(rdsim.Start(Calibrate(Small.China, 40)));
        calibration.WaitFor("Fitting");
        // While it fits: a folder where its chart goes, so that writing the chart fails after the new fit.csv is in place.
        File.Delete(Path.Combine(folder, "fit.png"));
        Directory.CreateDirectory(Path.Combine(folder, "fit.png"));
        Assert.True(calibration.Exit() == 1, calibration.Error);
        Assert.Contains($"Could not write {Path.Combine(folder, "fit.png")}: ", calibration.Error);
        Assert.DoesNotContain("   at ", calibration.Error);
        Assert.False(File.Exists(Path.Combine(folder, "calibration.json")), "a half-written calibration must not look complete");
    }

    [Theory]
    [InlineData(900)]
    [InlineData(1800)]
    [InlineData(3000)]
    public void A_SIGKILL_at_any_moment_leaves_one_calibration_or_a_folder_without_its_manifest(int killAfterMs)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        Assert.Equal(0, rdsim.Run(Calibrate(Small.China, 2)).ExitCode);
        using (var process = rdsim.Start(Calibrate(Small.China, 6)))
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(killAfterMs)) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var folder = Path.Combine(rdsim.Folder, "fit");
        if (File.Exists(Path.Combine(folder, "calibration.json"))) AssertOneUnit(folder);
    }

    /// <summary>calibration.json lists fit.csv, fit.png and the fitted scenario, each with the hash it has now.</summary>
    private static void AssertOneUnit(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "calibration.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["china-2008-2024-fitted.yaml", "fit.csv", "fit.png"], files.Select(f => f.GetProperty("path").GetString()).Order());
        foreach (var f in files)
        {
            Assert.Equal(f.GetProperty("sha256").GetString(), global::Rdsim.Scenarios.IO.FileHash.Sha256(Path.Combine(folder, f.GetProperty("path").GetString()!)));
        }
    }
}
