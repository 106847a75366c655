using Rdsim.Model.Firms;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>docs/population-csv.md stays true: its columns, sector keys and example.</summary>
public sealed class PopulationCsvDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "population-csv.md"));

    [Fact]
    public void Every_column_and_sector_key_is_documented()
    {
        Assert.All(PopulationCsvColumns.All, c => Assert.Contains($"| `{c}`", Doc));
        Assert.All(Sectors.All, s => Assert.Contains($"`{s.Key}`", Doc));
    }

    [Fact]
    public void The_example_imports()
    {
        var start = Doc.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        var example = Doc[start..Doc.IndexOf("```", start, StringComparison.Ordinal)];
        using var dir = new TempDirectory();
        var population = PopulationCsv.Read(dir.Write("example.csv", example), TestModels.Model(), 1);

        Assert.Equal(3, population.Traits.Count);
        Assert.Equal("宁波恒达精密机械有限公司", population.Identities[0].Name);
        Assert.Equal((0.0, false), (population.Traits[1].RdStaffShare, population.Traits[1].HasCoreIp));
        Assert.EndsWith("股份有限公司", population.Identities[2].Name);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found above the test directory.");
    }
}
