using Rdsim.Model.Firms;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Tests.Registry;

public sealed class ParameterDocsTests
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
}
