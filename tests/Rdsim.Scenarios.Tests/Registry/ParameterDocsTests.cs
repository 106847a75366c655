using System.Text.RegularExpressions;
using Rdsim.Model.Firms;
using Rdsim.Scenarios.Loading;
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
    /// docs/model.md's tables of the policy (§1) and behaviour (§3) parameters are generated from the registry, with the
    /// China scenario's values, so that a new parameter touches only its record and its registry entry. To refresh them
    /// after a deliberate change, run the tests once with RDSIM_UPDATE_DOCS=1.
    /// </summary>
    [Fact]
    public void The_model_documents_parameter_tables_are_generated_from_the_registry()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "model.md");
        var china = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root, "scenarios", "china-2008-2024.yaml"));
        var current = File.ReadAllText(path);
        var expected = ModelDocTables.Refresh(current, china);
        if (Environment.GetEnvironmentVariable("RDSIM_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(expected == File.ReadAllText(path), "docs/model.md's parameter tables are out of date; run the tests with RDSIM_UPDATE_DOCS=1 and commit it.");
    }

    [Fact]
    public void The_generated_tables_name_every_policy_and_behaviour_entry_once()
    {
        var china = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root, "scenarios", "china-2008-2024.yaml"));
        var tables = ModelDocTables.Policy(china) + ModelDocTables.Behaviour();
        var sections = ModelDocTables.PolicySections.Concat(ModelDocTables.BehaviourSections).ToList();
        foreach (var p in ParameterRegistry.All.Where(p => sections.Contains(p.Section) && !p.Name.StartsWith("superDeduction.sectorExtraRate.", StringComparison.Ordinal)))
        {
            Assert.Single(DottedName().Matches(tables), m => m.Groups[1].Value == p.Name);
        }
        Assert.Contains("| `superDeduction.sectorExtraRate.<sector>` | unset | manufacturing `{2021: 1}`", tables);
        Assert.Contains("| `hnte.rate` | `0.15` | `0.15` |", tables);
        Assert.Contains("| `superDeduction.extraRate` | `0.5` | `{2008: 0.5, 2018: 0.75, 2023: 1}` |", tables);
    }

    /// <summary>A dotted parameter name in backticks: <c>`hnte.rate`</c>, <c>`superDeduction.sectorExtraRate.&lt;sector&gt;`</c>.</summary>
    [GeneratedRegex(@"`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9<>]+)+)`")]
    private static partial Regex DottedName();
}
