using System.ComponentModel;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Infrastructure;

/// <summary>A simulating verb over one scenario file (run, sweep).</summary>
public class ScenarioBatchOptions : BatchOptions
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<SCENARIO>")]
    [Description("Scenario file (YAML), e.g. scenarios/china-2008-2024.yaml")]
    public string Scenario { get; init; } = "";
}
