namespace Rdsim.Cli.Tests.Guards;

/// <summary>Every option's parse error names the option and the form it takes, in one line; no .NET type names.</summary>
public class OptionErrorTests
{
    private static readonly string Targets = Path.Combine(Rdsim.Scenarios, "targets", "ningbo-2013-targets.csv");

    public static TheoryData<string[], string, string> Cases() => new()
    {
        { ["validate", Commands.Small.China, "--seed", "abc"], "--seed", "'abc' is not a whole number from 0 to 9,007,199,254,740,991" },
        { ["validate", Commands.Small.China, "--seed", "-1"], "--seed", "'-1' is not a whole number" },
        { ["validate", Commands.Small.China, "--seed", "0x10"], "--seed", "'0x10' is not a whole number" },
        { ["validate", Commands.Small.China, "--seed", ""], "--seed", "an empty value is not a whole number" },
        { ["validate", Commands.Small.China, "--seed", "9007199254740992"], "--seed", "from 0 to 9,007,199,254,740,991" },
        { ["calibrate", Commands.Small.China, "--targets", Targets, "--max-evaluations", "2147483648"], "--max-evaluations", "from 0 to 2,147,483,647" },
        { ["run", Commands.Small.China, "--replications", "0"], "--replications", "'0' is not a whole number from 1 to 10,000" },
        { ["silo", "--cluster", "redis://127.0.0.1:6379", "--silo-port", "70000"], "--silo-port", "from 1 to 65,535" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_option_value_is_one_line_naming_the_option_and_the_form(string[] args, string option, string expected)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"command line: error: {option}: ", line);
        Assert.Contains(expected, line);
        Assert.Contains("e.g.", line);
        Assert.DoesNotContain("Failed to convert", line);
        Assert.Empty(rdsim.Written());
    }

    /// <summary>
    /// An option that ends the line without its value: Spectre.Console.Cli bound it to "__default_command", so
    /// <c>run x.yaml --out</c> wrote a run into a folder of that name and <c>--seed</c> quoted the sentinel.
    /// </summary>
    [Theory]
    [InlineData("run", "--out")]
    [InlineData("run", "--seed")]
    [InlineData("run", "--lang")]
    [InlineData("compare", "--set")]
    [InlineData("sweep", "--vary")]
    public void An_option_without_its_value_at_the_end_is_refused_by_name_and_nothing_is_written(string verb, string option)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(verb, Commands.Small.China, option);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"command line: error: {option} needs a value after it (see rdsim <verb> --help).", line);
        Assert.DoesNotContain("__default_command", result.Out + result.Error);
        Assert.Empty(rdsim.Written());
    }
}
