using System.Text;

namespace Rdsim.Scenarios.Registry;

/// <summary>Renders the registry as a Markdown reference page, one table per section.</summary>
public static class ParameterMarkdown
{
    private static readonly Dictionary<string, string> SectionTitles = new(StringComparer.Ordinal)
    {
        ["simulation"] = "Simulation: years, seed, replications",
        ["population"] = "Population: size, source, trait copula",
        ["cit"] = "Corporate income tax",
        ["hnte"] = "High and New Technology Enterprises (HNTE, 高新技术企业)",
        ["superDeduction"] = "R&D super-deduction (研发费用加计扣除)",
        ["credit"] = "R&D tax credits (for comparing designs)",
        ["loss"] = "Loss carry-forward",
        ["behaviour"] = "Firm behaviour",
        ["market"] = "Market feedback",
    };

    /// <summary>The whole page.</summary>
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# rdsim parameters\n\n");
        text.Append("Every parameter a scenario file may set, generated from the parameter registry. ");
        text.Append("Parameters marked \"by year\" take a scalar or a mapping `{year: value}` meaning \"from that year on\". ");
        text.Append("Values outside the valid range are errors; outside the advisory range, warnings. ");
        text.Append("Money is in million CNY; rates are fractions. ");
        text.Append("An advisory range marked *uncertain* belongs to a behavioural assumption the literature does not pin down: ");
        text.Append("`rdsim sensitivity` reruns a scenario with each of them at both ends of that range.\n");
        foreach (var section in ParameterTable.Rows().GroupBy(r => r.Section))
        {
            text.Append($"\n## {Title(section.Key)}\n\n");
            text.Append("| name | kind | default | unit | valid | advisory | description | reference |\n");
            text.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var r in section)
            {
                text.Append($"| `{r.Name}` | {Cell(r.Kind)} | `{r.Default}` | {Cell(r.Unit)} | {Cell(r.Valid)} | {Cell(r.Advisory)}{(r.Uncertain ? " *uncertain*" : "")} | {Cell(r.Description)} | {Cell(r.Reference)} |\n");
            }
        }
        return text.ToString();
    }

    private static string Title(string section)
    {
        if (SectionTitles.TryGetValue(section, out var title)) return $"{title} (`{section}.*`)";
        var sector = Model.Firms.Sectors.All.FirstOrDefault(s => section == $"population.sectors.{s.Key}");
        return sector is null ? $"`{section}.*`" : $"Sector traits: {sector.NameEn} (`{section}.*`)";
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);
}
