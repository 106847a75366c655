namespace Rdsim.Cli.Tests;

public class ValidateTests
{
    [Theory]
    [InlineData("china-2008-2024.yaml")]
    [InlineData("no-incentives.yaml")]
    public void Bundled_scenarios_are_valid(string file)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("validate", Path.Combine(Rdsim.Scenarios, file));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out);
    }

    [Fact]
    public void The_Ningbo_fit_validates_with_its_turnover_and_no_warning()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("validate", Path.Combine(Rdsim.Scenarios, "ningbo-2013.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("7,500 synthetic firms (entry 11.41% and exit 11.41% a year)", result.Out);
        // The refit with enterprise R&D bounded needs no qualifying share below its advisory range (0.41; README).
        Assert.Contains("0 warning(s)", result.Out);
        Assert.Equal("", result.Error.Trim());
    }

    [Fact]
    public void Piped_output_keeps_each_message_on_one_line_however_long_the_path()
    {
        using var rdsim = new Rdsim();
        var folder = Path.Combine(rdsim.Folder, new string('d', 120), new string('e', 120));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "long.yaml");
        File.WriteAllText(file, "name: long\nsuperDeduction:\n  qualifyingShare: 0.2\n");
        var result = rdsim.Run("validate", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Out.TrimEnd().Split('\n'));
        Assert.EndsWith("content hash", result.Out.TrimEnd()[..^13]);
        var warning = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith(file + ":3:", warning);
        Assert.EndsWith("check that this is intended.", warning);
    }

    [Fact]
    public void An_unknown_key_names_file_line_and_parameter_and_exits_2()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("bad.yaml", "name: bad\nhnte:\n  rate: 0.15\n  rtae: 0.1\n");
        var result = rdsim.Run("validate", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.yaml:4:", result.Error);
        Assert.Contains("hnte.rtae", result.Error);
        Assert.Contains("hnte.rate", result.Error); // the suggestion
        Assert.Empty(rdsim.Written("bad.yaml"));
    }

    [Fact]
    public void A_rate_of_1_5_is_out_of_range_with_its_line_and_exits_2()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("rate.yaml", "name: rate\ncit:\n  standardRate: 1.5\n");
        var result = rdsim.Run("validate", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rate.yaml:3:", result.Error);
        Assert.Contains("cit.standardRate", result.Error);
        Assert.Empty(rdsim.Written("rate.yaml"));
    }

    [Fact]
    public void Broken_YAML_gives_its_line_and_exits_2()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("broken.yaml", "name: broken\nhnte:\n  rate: [0.15\n  enabled: true\n");
        var result = rdsim.Run("validate", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.yaml:", result.Error);
        Assert.DoesNotContain("   at ", result.All); // no stack trace for bad input
        Assert.Empty(rdsim.Written("broken.yaml"));
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("validate", "nowhere.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.yaml", result.Error);
    }

    [Fact]
    public void An_advisory_range_warning_does_not_fail()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("odd.yaml", $"extends: {Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml")}\nbehaviour:\n  userCostElasticity: 4.5\n");
        var result = rdsim.Run("validate", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning", result.Error);
        Assert.Contains("behaviour.userCostElasticity", result.Error);
    }
}
