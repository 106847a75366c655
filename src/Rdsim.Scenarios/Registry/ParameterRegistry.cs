namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Every parameter a scenario may set, in a fixed order (the order of manifests, hashes and docs):
/// simulation, population, cit, hnte, superDeduction, credit, loss, behaviour, market.
/// </summary>
public static class ParameterRegistry
{
    private static readonly Dictionary<string, ParameterDefinition> ByName;
    private static readonly HashSet<string> Groups;

    static ParameterRegistry()
    {
        All = SimulationEntries.All()
            .Concat(PopulationEntries.All())
            .Concat(TaxEntries.Cit())
            .Concat(HnteEntries.All())
            .Concat(SuperDeductionEntries.All())
            .Concat(TaxEntries.Credit())
            .Concat(TaxEntries.Loss())
            .Concat(BehaviourEntries.Behaviour())
            .Concat(MarketEntries.All())
            .ToArray();
        ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        Groups = All.SelectMany(p => Prefixes(p.Name)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every parameter, in registry order.</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; }

    /// <summary>The parameter with this exact dotted name, or null.</summary>
    public static ParameterDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="path"/> is a group of parameters (e.g. <c>hnte</c>, <c>population.sectors.software</c>).</summary>
    public static bool IsGroup(string path) => Groups.Contains(path);

    /// <summary>
    /// What to tell a user about an unknown name <paramref name="unknown"/>, written <paramref name="written"/> in the message:
    /// "unknown parameter 'x'", then why it was removed, or the closest known name, or nothing.
    /// </summary>
    public static Bilingual Unknown(string unknown, string written) =>
        new Bilingual($"unknown parameter '{written}'", $"未知参数 '{written}'") + (
            RemovedParameters.Explain(unknown) is { } removed ? new Bilingual("; ", "；") + removed
            : Suggest(unknown) is { } best ? new Bilingual($"; did you mean {best}?", $"；是否想写 {best}？") : Bilingual.Same(""));

    /// <summary>The known name (parameter or group) closest to a misspelt one, or null when nothing is close.</summary>
    public static string? Suggest(string unknown) =>
        NameSuggestion.Closest(unknown, ByName.Keys.Concat(Groups));

    private static IEnumerable<string> Prefixes(string name)
    {
        for (var i = name.IndexOf('.', StringComparison.Ordinal); i > 0; i = name.IndexOf('.', i + 1))
        {
            yield return name[..i];
        }
    }
}
