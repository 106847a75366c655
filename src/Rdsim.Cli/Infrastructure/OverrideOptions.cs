using System.ComponentModel;
using System.Globalization;
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
    public ulong? Seed { get; init; }

    /// <summary>All overrides, the shortcut options turned into <c>--set</c> form.</summary>
    public virtual IReadOnlyList<string> Overrides() =>
        Seed is { } seed ? [.. Set, $"simulation.seed={seed.ToString(CultureInfo.InvariantCulture)}"] : Set;
}
