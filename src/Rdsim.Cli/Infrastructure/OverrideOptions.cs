using System.ComponentModel;
using Rdsim.Cli.Options;
using Rdsim.Scenarios;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Parameter overrides, shared by every verb that loads scenarios.</summary>
public class OverrideOptions : CommandSettings
{
    /// <summary>Parameter overrides.</summary>
    [CommandOption("--set <NAME=VALUE>")]
    [Description("Override a parameter, e.g. --set hnte.rate=0.10 or --set \"superDeduction.extraRate={2008: 0.5, 2020: 1.0}\". Repeatable")]
    public string[] Set { get; init; } = [];

    /// <summary>Seed override.</summary>
    [CommandOption("--seed <N>")]
    [Description("Run seed (same as --set simulation.seed=N)")]
    [TypeConverter(typeof(SeedOption))]
    public ulong? Seed { get; init; }

    /// <summary>All overrides in <c>--set</c> form, the shortcut options last (for a command line, or a file that reproduces a fit).</summary>
    public IReadOnlyList<string> Overrides() => [.. Changes().Select(c => c.ToString())];

    /// <summary>
    /// Every change the options make, each with the option that gave it (errors are reported against it): the <c>--set</c>
    /// texts, parsed where they were typed, and the shortcut options' values as they are.
    /// </summary>
    public virtual IReadOnlyList<ScenarioChange> Changes() =>
        Seed is { } seed ? [.. ScenarioChange.ParseAll(Set), ScenarioChange.Set("simulation.seed", seed, "--seed")] : ScenarioChange.ParseAll(Set);
}
