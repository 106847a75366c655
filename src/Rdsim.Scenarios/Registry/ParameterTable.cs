namespace Rdsim.Scenarios.Registry;

/// <summary>The registry as rows of text, in registry order.</summary>
public static class ParameterTable
{
    /// <summary>One row per parameter.</summary>
    public static IReadOnlyList<ParameterRow> Rows() => ParameterRegistry.All.Select(ToRow).ToArray();

    /// <summary>The row of one parameter.</summary>
    public static ParameterRow ToRow(ParameterDefinition p) => new(
        p.Section,
        p.Name,
        KindText(p.Kind) + (p.YearKeyed ? ", by year" : ""),
        DefaultText(p),
        p.Unit,
        p.Choices.Count > 0 ? string.Join(" | ", p.Choices) : (p.Valid?.ToString() ?? "") + (p.Ascending ? ", ascending" : ""),
        p.Advisory?.ToString() ?? "",
        p.Description,
        p.Reference,
        p.Uncertain);

    private static string DefaultText(ParameterDefinition p) => p switch
    {
        { StartsUnset: true } => "unset",
        { Kind: ParameterKind.Path, Default: null } => "none",
        _ => ValueText.Format(p.Default),
    };

    private static string KindText(ParameterKind kind) => kind switch
    {
        ParameterKind.Number => "number",
        ParameterKind.Integer => "integer",
        ParameterKind.Bool => "bool",
        ParameterKind.RuleSet => "rule set",
        ParameterKind.SectorList => "sector list",
        ParameterKind.SectorNumber => "sector number",
        ParameterKind.Path => "path",
        ParameterKind.NumberList => "number list",
        ParameterKind.FlagList => "flag list",
        _ => kind.ToString(),
    };
}
