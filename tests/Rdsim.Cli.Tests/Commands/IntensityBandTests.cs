using System.Text.Json;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>HNTE intensity bands written as parameters, end to end: validate, run, report, and refused input.</summary>
public class IntensityBandTests
{
    private static string FourBandsFrom2016 => $$"""
        name: Four bands from 2016
        extends: {{Path.Combine(Rdsim.Scenarios, "china-policy-2008-2024.yaml")}}
        hnte:
          bandEdges: {2016: [20, 50, 200]}
          bandThresholds: {2016: [0.08, 0.06, 0.04, 0.03]}
          edgeInLowerBand: {2016: true}
        """;

    [Fact]
    public void A_scenario_with_its_own_bands_validates_runs_and_its_report_marks_every_threshold()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("four-bands.yaml", FourBandsFrom2016);
        var validate = rdsim.Run("validate", file);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("0 warning(s)", validate.Out);

        Assert.Equal(0, rdsim.Run(["run", file, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "r", "manifest.json")));
        Assert.Contains("{2016: [0.08, 0.06, 0.04, 0.03]}", manifest.RootElement.ToString());

        // The report rebuilds the 2018 policy from the manifest and marks the four thresholds, lowest first.
        Assert.Equal(0, rdsim.Run("report", "r").ExitCode);
        Assert.Contains("HNTE thresholds 3%, 4%, 6%, 8%", File.ReadAllText(Path.Combine(rdsim.Folder, "r", "charts", "intensity_histogram.svg")));
    }

    [Fact]
    public void Set_changes_one_band_s_threshold_and_the_manifest_s_command_repeats_it()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["run", Small.China, .. Small.Set(), "--set", "hnte.bandThresholds=[0.02,0.04,0.03]", "--engine", "reference", "--no-charts", "--out", "r"]);
        Assert.Equal(0, result.ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "r", "manifest.json")));
        Assert.Contains("--set 'hnte.bandThresholds=[0.02,0.04,0.03]'", manifest.RootElement.GetProperty("command").GetString());
        Assert.Contains("[0.02, 0.04, 0.03]", manifest.RootElement.ToString());
    }

    [Fact]
    public void Bands_that_do_not_fit_exit_2_naming_file_line_year_and_parameter_and_write_nothing()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("four-bands.yaml", FourBandsFrom2016);
        var set = rdsim.Run("run", file, "--set", "hnte.bandThresholds=[0.02,0.04]", "--out", "out");
        Assert.Equal(2, set.ExitCode);
        Assert.Contains("--set: error: hnte.bandThresholds: in 2008 the HNTE intensity rule has 2 band edges", set.Error);

        var descending = rdsim.Write("descending.yaml", "name: descending\nhnte:\n  bandEdges: [200, 50]\n");
        var file2 = rdsim.Run("validate", descending);
        Assert.Equal(2, file2.ExitCode);
        Assert.Contains("descending.yaml:3:20: error: hnte.bandEdges must rise", file2.Error);
        Assert.Equal(["descending.yaml", "four-bands.yaml"], rdsim.Written().Order());
    }
}
