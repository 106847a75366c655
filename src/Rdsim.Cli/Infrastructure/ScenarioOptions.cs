using System.ComponentModel;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Infrastructure;

/// <summary>One scenario file and its overrides (validate, population, calibrate).</summary>
public class ScenarioOptions : OverrideOptions
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<SCENARIO>")]
    [Description("Scenario file (YAML), e.g. scenarios/china-2008-2024.yaml")]
    public string Scenario { get; init; } = "";

    /// <summary>The language of errors and warnings.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("Language of errors and warnings: en (default) or zh")]
    public string Lang { get; init; } = "en";
}
