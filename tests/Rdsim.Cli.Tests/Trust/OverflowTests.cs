using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 2: a number too large for an exact sum is refused, never wrapped around into a wrong total.
/// Before: revenue = 1e30 in a population file ran to exit 0 with revenue −9.09e-11 in years.csv.
/// </summary>
public class OverflowTests
{
    [Theory]
    [InlineData("1e30")]
    [InlineData("1e200")]
    [InlineData("1e308")]
    public void A_firm_beyond_the_documented_bounds_is_a_located_error(string revenue)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("big.csv", $"sector,revenue,latent_intensity\nmachinery,{revenue},0.03\nsoftware,5,1e300\n");
        rdsim.Write("big.yaml", $"name: big\nextends: {Small.China}\npopulation:\n  from: big.csv\n");
        var result = rdsim.Run(["run", "big.yaml", .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "o"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("big.csv:2:0: error: revenue: " + revenue + " is out of range: expected > 0 and <= 100000000", result.Error);
        Assert.Contains("big.csv:3:0: error: latent_intensity: 1e300 is out of range: expected >= 0 and <= 10", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(["big.csv", "big.yaml"], rdsim.Written().Order());
    }

    [Theory]
    [InlineData("reference")]
    [InlineData("orleans")]
    public void Growth_beyond_the_range_of_a_sum_stops_the_run_naming_the_metric_and_writes_nothing(string engine)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("big.csv", "sector,revenue\nmachinery,1e8\nsoftware,5\n");
        rdsim.Write("big.yaml", $"name: big\nextends: {Small.China}\npopulation:\n  from: big.csv\n");
        var result = rdsim.Run("run", "big.yaml", "--set", "population.sectors.machinery.growthDrift=0.5", "--set", "population.exitRate=0", "--set", "population.weight=1", "--set", "simulation.firstYear=2000",
            "--set", "simulation.lastYear=2150", "--engine", engine, "--no-charts", "--out", "o");
        Assert.Equal(2, result.ExitCode);
        // Which sum overflows first depends on the preset the firms extend (revenue, or an HNTE's revenue): the message names it.
        Assert.Matches(@"The results would overflow, so the run was stopped and nothing was written: (Revenue|HnteRevenue): The value", result.Error);
        Assert.Contains("beyond the ±1.55E+26 an exact sum holds", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(["big.csv", "big.yaml"], rdsim.Written().Order());
    }
}
