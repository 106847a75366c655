using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Sweeps;
using Rdsim.Scenarios.Tests.Loading;

namespace Rdsim.Scenarios.Tests.Sweeps;

/// <summary>
/// A sweep's grid: every combination of the swept values, the last parameter fastest, so point <c>i</c> is the same
/// combination on a resume; its values stay text until a point's changes parse them, reported against where they were typed.
/// </summary>
public sealed class SweepGridTests
{
    [Fact]
    public void The_grid_is_the_full_factorial_with_the_last_parameter_varying_fastest()
    {
        var grid = new SweepGrid([VarySpec.Parse("hnte.rate=0.1,0.15"), VarySpec.Parse("superDeduction.extraRate=0.5:1:0.25")]);

        Assert.Equal(["0.50", "0.75", "1.00"], grid.Specs[1].Values);
        Assert.Equal(
            [["0.1", "0.50"], ["0.1", "0.75"], ["0.1", "1.00"], ["0.15", "0.50"], ["0.15", "0.75"], ["0.15", "1.00"]],
            grid.Points.Select(p => p.ToArray()));
    }

    [Fact]
    public void A_points_changes_set_its_values_and_name_where_they_were_typed()
    {
        using var dir = new ScenarioDirectory();
        var grid = new SweepGrid([VarySpec.Parse("hnte.rate=0.1,0.15"), VarySpec.Parse("hnte.bandThresholds=[0.02, 0.04, 0.03],[0.06, 0.04, 0.03]")]);

        var point = dir.Load("name: s\n").With(grid.Changes(1, ["sweep.yaml", "--vary"]));

        Assert.Equal(2, grid.Specs[1].Values.Count);   // the commas inside brackets do not separate values
        Assert.Equal(0.1, point.Policy.At(2010).HnteRate);
        Assert.Equal([0.06, 0.04, 0.03], point.Policy.At(2010).IntensityBands.Thresholds);
        Assert.Equal(("sweep.yaml", "--vary"), (point.Resolved.Single(p => p.Name == "hnte.rate").Origin, point.Resolved.Single(p => p.Name == "hnte.bandThresholds").Origin));
    }

    [Fact]
    public void A_grid_of_more_points_than_a_sweep_may_run_is_refused_before_anything_runs()
    {
        var wide = VarySpec.Range("hnte.rate", "0:0.999:0.001");

        var error = Assert.Throws<InputException>(() => new SweepGrid([wide, VarySpec.Range("superDeduction.extraRate", "0:0.999:0.001")]));

        Assert.Contains("at most 10,000", error.Message);
        Assert.Equal(1000, new SweepGrid([wide]).Points.Count);
    }

    [Fact]
    public void A_range_whose_step_misses_its_end_is_refused_with_the_values_it_would_give()
    {
        var error = Assert.Throws<InputException>(() => VarySpec.Parse("hnte.rate=0.1:0.2:0.03"));

        var d = Assert.Single(error.Diagnostics);
        Assert.Equal("--vary: error: hnte.rate: '0.1:0.2:0.03' does not reach 0.2: its steps give 0.10, 0.13, 0.16, 0.19. "
            + "Choose a step that divides the range, or list the values (v1,v2,…).", d.ToString());
        Assert.Contains("0.10, 0.13, 0.16, 0.19", d.MessageZh);
    }

    [Theory]
    [InlineData("0.1:0.2:0.05", "0.10,0.15,0.20")]   // 0.1 / 0.05 is 2.0000000000000004 in floating point: it still lands
    [InlineData("0.10:0.18:0.01", "0.10,0.11,0.12,0.13,0.14,0.15,0.16,0.17,0.18")]
    [InlineData("0.5:1.0:0.25", "0.50,0.75,1.00")]
    [InlineData("1:1:1", "1")]
    public void A_range_whose_step_lands_on_its_end_includes_both_ends(string range, string values) =>
        Assert.Equal(values, string.Join(',', VarySpec.Range("hnte.rate", range).Values));

    /// <summary>
    /// A range's values are the labels of its points in sweep.csv, the charts and the terminal: every one with the decimals the
    /// range needs, so that none reads like another. Before, 0.5:1:0.25 printed 0.5, 0.75, 1; a step under 1e-10 printed every
    /// value as 0 (they were rounded to 10 decimals, and ran as one value); small values read 1E-05; a sum of steps just below
    /// zero read -0.
    /// </summary>
    [Theory]
    [InlineData("0.5:1:0.25", "0.50,0.75,1.00")]
    [InlineData("2008:2020:4", "2008,2012,2016,2020")]
    [InlineData("0.00001:0.00003:0.00001", "0.00001,0.00002,0.00003")]
    [InlineData("1e-5:3e-5:1e-5", "0.00001,0.00002,0.00003")]
    [InlineData("0:3e-11:1e-11", "0.00000000000,0.00000000001,0.00000000002,0.00000000003")]
    [InlineData("-0.9:0:0.3", "-0.9,-0.6,-0.3,0.0")]   // -0.9 + 3 × 0.3 is -1.1e-16 in floating point
    public void A_ranges_values_share_the_decimals_it_needs_and_stay_distinct(string range, string values)
    {
        var spec = VarySpec.Range("hnte.rate", range);

        Assert.Equal(values, string.Join(',', spec.Values));
        Assert.Equal(spec.Values.Count, spec.Values.Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Count());
    }

    [Theory]
    [InlineData("hnte.rate=0.10,0.15,0.1", "0.10 and 0.1 are the same number, listed twice; list each value once.")]
    [InlineData("hnte.rate=0.1,1e-1", "0.1 and 1e-1 are the same number, listed twice; list each value once.")]
    [InlineData("hnte.rate=0.1,0.1", "0.1 is listed twice.")]
    public void A_list_naming_one_number_twice_is_refused_with_both_spellings(string text, string message)
    {
        // Two spellings of one number would be two labels for one point, run twice: the heatmap drew it as two columns.
        var d = Assert.Single(Assert.Throws<InputException>(() => VarySpec.Parse(text)).Diagnostics);

        Assert.Equal("--vary: error: hnte.rate: " + message, d.ToString());
    }

    [Theory]
    [InlineData("hnte.rate")]
    [InlineData("hnte.rate=0.1,0.1")]
    [InlineData("hnte.rat=0.1,0.2")]
    [InlineData("hnte.rate=0.2:0.1:0.05")]
    public void A_malformed_sweep_is_an_input_error(string text) => Assert.Throws<InputException>(() => VarySpec.Parse(text));
}
