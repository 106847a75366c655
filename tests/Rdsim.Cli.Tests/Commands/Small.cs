namespace Rdsim.Cli.Tests.Commands;

/// <summary>Options that keep end-to-end runs small: few firms, four years.</summary>
internal static class Small
{
    public static readonly string China = Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml");

    public static readonly string NoIncentives = Path.Combine(Rdsim.Scenarios, "no-incentives.yaml");

    public static string[] Set(int firms = 300) =>
        ["--set", $"population.firms={firms}", "--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2018"];
}
