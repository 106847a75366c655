namespace Rdsim.Cli.Tests.Guards;

/// <summary><c>rdsim run a.yaml b.yaml</c> (or another one-scenario verb): the parser's "Could not match" comes with what to type instead, and nothing runs.</summary>
public class SecondScenarioTests
{
    [Theory]
    [InlineData("en", "run takes one scenario; to compare scenarios use rdsim compare a.yaml b.yaml")]
    [InlineData("zh", "run 只接受一个情景；要比较多个情景，请用 rdsim compare a.yaml b.yaml")]
    public void A_second_scenario_for_run_points_to_compare(string language, string hint)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("run", Commands.Small.China, Path.Combine(Rdsim.Scenarios, "no-incentives.yaml"), "--lang", language);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-incentives.yaml", result.Error);
        Assert.Contains(hint, result.Error);
        Assert.Empty(rdsim.Written());
    }

    [Theory]
    [InlineData("sensitivity", "sensitivity takes one scenario; to compare scenarios use rdsim compare a.yaml b.yaml")]
    [InlineData("sweep", "sweep takes one scenario; call rdsim sweep once for each")]
    [InlineData("validate", "validate takes one scenario; call rdsim validate once for each")]
    public void A_second_scenario_for_another_one_scenario_verb_says_what_to_do(string verb, string hint)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(verb, Commands.Small.China, Path.Combine(Rdsim.Scenarios, "no-incentives.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(hint, result.Error);
        Assert.Empty(rdsim.Written());
    }

    [Fact]
    public void An_extra_argument_that_is_no_scenario_gets_no_compare_hint()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("run", Commands.Small.China, "notes.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Could not match 'notes.txt' with an argument.", result.Error);
        Assert.DoesNotContain("rdsim compare", result.Error);
    }
}
