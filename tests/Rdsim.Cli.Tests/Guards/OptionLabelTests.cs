namespace Rdsim.Cli.Tests.Guards;

/// <summary>A bad value is reported against the option the user gave (--vary, --seed, --replications), not as --set; and as typed.</summary>
public class OptionLabelTests
{
    [Theory]
    [InlineData("superDeduction.extraRate=0.5-1.0", "--vary: error: superDeduction.extraRate: expected a number, got '0.5-1.0'")]
    [InlineData("hnte.rate=10,15", "--vary: error: hnte.rate = 10 is outside the valid range [0, 1]")]
    [InlineData("hnte.rate=0.1:0.2:0.03", "--vary: error: hnte.rate: '0.1:0.2:0.03' does not reach 0.2: its steps give 0.10, 0.13, 0.16, 0.19.")]
    public void A_bad_vary_value_names_vary(string vary, string expected)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("sweep", Commands.Small.China, "--vary", vary, "--no-charts", "--out", "s");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("--set:", result.Error);
        Assert.False(Directory.Exists(Path.Combine(rdsim.Folder, "s")));
    }

    [Fact]
    public void A_value_is_quoted_as_typed_without_markup_or_emoji()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("sweep", Commands.Small.China, "--vary", "hnte.rate=0:Infinity:1", "--no-charts");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'0:Infinity:1' is not a range", result.Error);
        Assert.DoesNotContain("♾", result.Error);
    }

    [Fact]
    public void An_override_from_set_is_still_reported_as_set()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("validate", Commands.Small.China, "--set", "simulation.replications=0");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--set: error: simulation.replications = 0", result.Error.Split('\n').First(l => l.Contains(": error: ", StringComparison.Ordinal)));
    }
}
