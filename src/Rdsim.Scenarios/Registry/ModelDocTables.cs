using System.Text;

namespace Rdsim.Scenarios.Registry;

/// <summary>
/// The parameter tables of <c>docs/model.md</c>, generated from the registry so that a new parameter is declared once (its
/// model record and its registry entry): the policy instruments (§1: each entry's default beside its value in the China
/// scenario) and the behaviour parameters (§3). Each table sits between <see cref="Begin"/> and <see cref="End"/> markers
/// naming it; the prose around them is the reader's and is kept as it is.
/// </summary>
public static class ModelDocTables
{
    /// <summary>The sections of the policy table, in registry order.</summary>
    public static IReadOnlyList<string> PolicySections { get; } = ["cit", "hnte", "superDeduction", "credit", "loss"];

    /// <summary>The sections of the behaviour table.</summary>
    public static IReadOnlyList<string> BehaviourSections { get; } = ["behaviour", "market"];

    /// <summary>Entries of one family, shown as one row (<c>superDeduction.sectorExtraRate.&lt;sector&gt;</c>).</summary>
    private const string SectorRateFamily = "superDeduction.sectorExtraRate.";

    /// <summary>The line that opens the generated table <paramref name="name"/>.</summary>
    public static string Begin(string name) => $"<!-- generated from the parameter registry: {name} (RDSIM_UPDATE_DOCS=1 refreshes it) -->";

    /// <summary>The line that closes a generated table.</summary>
    public const string End = "<!-- end of generated table -->";

    /// <summary>The policy table: parameter, registry default, its value in <paramref name="china"/>, meaning, source.</summary>
    public static string Policy(Scenario china)
    {
        var text = new StringBuilder();
        text.Append("| parameter | registry default | ").Append(Cell(china.Name)).Append(" scenario | meaning | source |\n");
        text.Append("|---|---|---|---|---|\n");
        var family = new List<ParameterDefinition>();
        foreach (var p in Entries(PolicySections))
        {
            if (p.Name.StartsWith(SectorRateFamily, StringComparison.Ordinal))
            {
                if (family.Count == 0) text.Append(SectorRateRow(china));
                family.Add(p);
                continue;
            }
            text.Append($"| `{p.Name}` | {DefaultText(p)} | {ScenarioValue(china, p)} | {Cell(Sentence(p.Description))} | {Cell(Sentence(p.Reference))} |\n");
        }
        return text.ToString();
    }

    /// <summary>The behaviour table: parameter, default, meaning, source.</summary>
    public static string Behaviour()
    {
        var text = new StringBuilder();
        text.Append("| parameter | default | meaning | source |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var p in Entries(BehaviourSections))
        {
            text.Append($"| `{p.Name}` | {DefaultText(p)} | {Cell(Sentence(p.Description))} | {Cell(Sentence(p.Reference))} |\n");
        }
        return text.ToString();
    }

    /// <summary><paramref name="document"/> with the text between each table's markers replaced by the table as generated.</summary>
    /// <exception cref="InvalidOperationException">A table's markers are missing.</exception>
    public static string Refresh(string document, Scenario china) =>
        Replace(Replace(document, "policy instruments", Policy(china)), "behaviour parameters", Behaviour());

    private static string Replace(string document, string name, string table)
    {
        var begin = Begin(name);
        var start = document.IndexOf(begin, StringComparison.Ordinal);
        var end = start < 0 ? -1 : document.IndexOf(End, start, StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException($"docs/model.md has no '{begin}' … '{End}' block.");
        return document[..(start + begin.Length)] + "\n" + table + document[end..];
    }

    private static IEnumerable<ParameterDefinition> Entries(IReadOnlyList<string> sections) =>
        ParameterRegistry.All.Where(p => sections.Contains(p.Section));

    /// <summary>
    /// The family's one row: the sectors the scenario sets, the group entry's meaning (every manufacturing sector; a named
    /// sector's entry wins), and every entry's source.
    /// </summary>
    private static string SectorRateRow(Scenario china)
    {
        var entries = ParameterRegistry.All.Where(p => p.Name.StartsWith(SectorRateFamily, StringComparison.Ordinal)).ToList();
        var set = entries.Select(p => (Key: p.Name[SectorRateFamily.Length..], Value: ValueText.Format(china.ValueOf(p.Name))))
            .Where(s => s.Value != "null").Select(s => $"{s.Key} `{s.Value}`").ToList();
        var group = entries.Single(p => p.Name == SectorRateFamily + Model.Firms.Sectors.ManufacturingGroup);
        var sources = entries.Select(p => Sentence(p.Reference)).Distinct(StringComparer.Ordinal);
        return $"| `{SectorRateFamily}<sector>` | unset | {(set.Count == 0 ? "unset" : Cell(string.Join("; ", set)))} | " +
               $"{Cell(Sentence(group.Description))} (one entry per sector key, and `manufacturing`) | {Cell(string.Join("; ", sources))} |\n";
    }

    private static string DefaultText(ParameterDefinition p)
    {
        var text = ParameterTable.ToRow(p).Default;
        if (p.Default is null) return text;
        return p.Unit.StartsWith("mn CNY", StringComparison.Ordinal) ? $"{text} {p.Unit}" : $"`{text}`";
    }

    private static string ScenarioValue(Scenario china, ParameterDefinition p) =>
        ValueText.Format(china.ValueOf(p.Name)) is var text && text == "null" ? "unset" : $"`{Cell(text)}`";

    /// <summary>A registry sentence as a table cell: without its closing full stop.</summary>
    private static string Sentence(string text) => text.EndsWith('.') ? text[..^1] : text;

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
