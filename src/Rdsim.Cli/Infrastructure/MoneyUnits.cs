using Rdsim.Reporting.Charts;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Maps <c>--money-unit</c> to the unit money is shown in.</summary>
public static class MoneyUnits
{
    /// <summary>The help text of <c>--money-unit</c>.</summary>
    public const string Help = "Unit of money in the brief, the charts' axes and the terminal tables: mn (百万元, mn CNY), yi (亿元, 100 mn CNY) or wan (万元); "
        + "default yi with --lang zh, mn otherwise. The CSV files are always in mn CNY";

    /// <summary>The unit named by <paramref name="name"/>, or the default of <paramref name="language"/> when none is given.</summary>
    public static MoneyUnit Parse(string? name, ChartLanguage language) => name is null ? MoneyUnit.Default(language)
        : MoneyUnit.Find(name) ?? throw Errors.Option("--money-unit", new(
            $"Unknown money unit '{name}'; use {string.Join(", ", MoneyUnit.All.Select(u => u.Key))}.", $"未知货币单位 '{name}'；请用 {string.Join(", ", MoneyUnit.All.Select(u => u.Key))}。"));
}
