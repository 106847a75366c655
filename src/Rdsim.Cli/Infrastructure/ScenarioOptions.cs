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
}
