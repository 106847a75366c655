using System.ComponentModel;
using System.Globalization;
using Rdsim.Cli.Options;
using Rdsim.Scenarios.Loading;
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

    /// <summary>All overrides in <c>--set</c> form, the shortcut options last.</summary>
    public IReadOnlyList<string> Overrides() => Labelled().Select(o => o.Text).ToList();

    /// <summary>All overrides, each with the option that gave it (errors are reported against that option).</summary>
    public virtual IReadOnlyList<Override> Labelled() =>
        Seed is { } seed ? [.. Override.Set(Set), new Override($"simulation.seed={seed.ToString(CultureInfo.InvariantCulture)}", "--seed")] : Override.Set(Set);
}
