using System.Reflection;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Finds an option that takes a value but ends the command line without one. Spectre.Console.Cli binds such an option to
/// the name of its internal default command: <c>rdsim run x.yaml --out</c> wrote its results into a folder called
/// <c>__default_command</c>, and <c>--seed</c> said "'__default_command' is not a whole number". So it is refused first,
/// by name, before the command line is parsed.
/// </summary>
public static class MissingOptionValue
{
    /// <summary>Every option name (<c>--out</c>, <c>-o</c>) of any verb that takes a value that is not optional.</summary>
    private static readonly HashSet<string> TakingValues = [.. typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
        .OfType<CommandOptionAttribute>()
        .Where(o => o.ValueName is not null && !o.ValueIsOptional)
        .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)))];

    /// <summary>The error for the option that ends <paramref name="args"/> without its value, or null when there is none.</summary>
    public static Rdsim.Scenarios.Loading.InputException? Check(IReadOnlyList<string> args) =>
        args.Count > 0 && TakingValues.Contains(args[^1])
            ? Errors.Option(args[^1], new($"{args[^1]} needs a value after it (see rdsim <verb> --help).", $"{args[^1]} 后面需要给出取值（参见 rdsim <verb> --help）。"))
            : null;
}
