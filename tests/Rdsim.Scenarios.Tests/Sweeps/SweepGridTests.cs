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

        Assert.Equal(["0.5", "0.75", "1"], grid.Specs[1].Values);
        Assert.Equal(
            [["0.1", "0.5"], ["0.1", "0.75"], ["0.1", "1"], ["0.15", "0.5"], ["0.15", "0.75"], ["0.15", "1"]],
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

    [Theory]
    [InlineData("hnte.rate")]
    [InlineData("hnte.rate=0.1,0.1")]
    [InlineData("hnte.rat=0.1,0.2")]
    [InlineData("hnte.rate=0.2:0.1:0.05")]
    public void A_malformed_sweep_is_an_input_error(string text) => Assert.Throws<InputException>(() => VarySpec.Parse(text));
}
