using System.Globalization;
using System.Text.RegularExpressions;
using Rdsim.Model.Firms;
using Rdsim.Scenarios.Registry;
using Rdsim.Scenarios.Tests.Loading;

namespace Rdsim.Scenarios.Tests.Registry;

public sealed partial class ParameterDocsTests
{
    [Fact]
    public void Table_has_one_row_per_parameter_in_registry_order()
    {
        var rows = ParameterTable.Rows();
        Assert.Equal(ParameterRegistry.All.Select(p => p.Name), rows.Select(r => r.Name));
        var rate = rows.Single(r => r.Name == "hnte.rate");
        Assert.Equal(("number, by year", "0.15", "[0, 1]", "[0.05, 0.25]"), (rate.Kind, rate.Default, rate.Valid, rate.Advisory));
        Assert.Equal("rules2008 | rules2016 | rulesPre2008", rows.Single(r => r.Name == "hnte.intensityBands").Valid);
        Assert.Equal("unset", rows.Single(r => r.Name == "superDeduction.sectorExtraRate.manufacturing").Default);
    }

    [Fact]
    public void Markdown_lists_every_parameter_under_its_section()
    {
        var md = ParameterMarkdown.Render();
        Assert.StartsWith("# rdsim parameters", md);
        Assert.All(ParameterRegistry.All, p => Assert.Contains($"| `{p.Name}` |", md));
        foreach (var heading in new[] { "simulation", "population", "cit", "hnte", "superDeduction", "credit", "loss", "behaviour", "market" })
        {
            Assert.Contains($"(`{heading}.*`)", md);
        }
        Assert.Contains("## Sector traits: Integrated circuits (`population.sectors.integratedCircuits.*`)", md);
        Assert.True(md.IndexOf("`hnte.rate`", StringComparison.Ordinal) < md.IndexOf("`superDeduction.extraRate`", StringComparison.Ordinal));
        Assert.Equal(Sectors.Count + 9, md.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// docs/model.md's tables of the policy (§1) and behaviour (§3) parameters are written for the reader, by hand; they name
    /// every such entry of the registry and no other, each with the registry's default. So a new parameter's row, the one
    /// place besides its record and its registry entry that it touches, cannot be forgotten (docs/parameters.md, the
    /// reference, is generated: GeneratedDocsTests).
    /// </summary>
    [Fact]
    public void The_model_documents_tables_list_every_policy_and_behaviour_parameter_with_its_default()
    {
        string[] sections = ["cit", "hnte", "superDeduction", "credit", "loss", "behaviour", "market"];
        var documented = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cells in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "model.md"))
                     .Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|')))
        {
            var names = DottedName().Matches(cells[1]).Select(m => m.Groups[1].Value).Where(n => sections.Contains(n[..n.IndexOf('.', StringComparison.Ordinal)])).ToList();
            // One default per name where a row documents several ("0, 3"); a family (<sector>) stands for each of its entries.
            var defaults = names.Count > 1 ? cells[2].Split(',') : [cells[2]];
            for (var i = 0; i < names.Count; i++)
            {
                foreach (var name in names[i].EndsWith(".<sector>", StringComparison.Ordinal)
                             ? ParameterRegistry.All.Select(p => p.Name).Where(n => n.StartsWith(names[i][..^"<sector>".Length], StringComparison.Ordinal))
                             : [names[i]])
                {
                    Assert.True(documented.TryAdd(name, defaults[i].Trim()), $"docs/model.md documents {name} twice");
                }
            }
        }

        var registry = ParameterRegistry.All.Where(p => sections.Contains(p.Section)).ToList();
        Assert.True(registry.All(p => documented.ContainsKey(p.Name)),
            "Not in docs/model.md's tables: " + string.Join(", ", registry.Select(p => p.Name).Where(n => !documented.ContainsKey(n))));
        Assert.True(documented.Keys.All(n => ParameterRegistry.Find(n) is not null),
            "In docs/model.md's tables but not in the registry: " + string.Join(", ", documented.Keys.Where(n => ParameterRegistry.Find(n) is null)));
        foreach (var p in registry)
        {
            var text = documented[p.Name];
            switch (p.Default)
            {
                case double or long:
                    var number = LeadingNumber().Match(text);
                    Assert.True(number.Success && double.Parse(number.Value, CultureInfo.InvariantCulture) == Convert.ToDouble(p.Default, CultureInfo.InvariantCulture),
                        $"docs/model.md gives {p.Name} the default '{text}'; the registry's is {ValueText.Format(p.Default)}");
                    break;
                case bool or string:
                    Assert.True(text.Trim('`') == ValueText.Format(p.Default), $"docs/model.md gives {p.Name} the default '{text}'; the registry's is {ValueText.Format(p.Default)}");
                    break;
            }
        }
    }

    /// <summary>A dotted parameter name in backticks: <c>`hnte.rate`</c>, <c>`superDeduction.sectorExtraRate.&lt;sector&gt;`</c>.</summary>
    [GeneratedRegex(@"`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9<>]+)+)`")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"^-?[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex LeadingNumber();
}
