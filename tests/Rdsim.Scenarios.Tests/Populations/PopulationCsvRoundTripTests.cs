using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

public sealed class PopulationCsvRoundTripTests
{
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();

    [Fact]
    public void A_written_population_reads_back_identical()
    {
        using var dir = new TempDirectory();
        var original = PopulationBuilder.Synthetic(Model, 31, 3_000);
        var path = dir.File("firms.csv");
        PopulationCsv.Write(original, path);

        var read = PopulationCsv.Read(path, Model, seed: 999);
        Assert.Equal(original.Traits, read.Traits);
        // Before: the id column was empty. A drawn firm's id is its index, and the file keeps it.
        var ids = File.ReadLines(path).Skip(1).Select(r => r.Split(',')[0]).ToList();
        Assert.Equal(Enumerable.Range(0, 3_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
        Assert.Equal(original.Identities.Select((who, i) => who with { ExternalId = ids[i] }), read.Identities);

        // Written again, the file read back is the same file: ids and all.
        var again = dir.File("again.csv");
        PopulationCsv.Write(read, again);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(again));
    }

    [Fact]
    public void External_ids_and_awkward_text_survive_the_round_trip()
    {
        using var dir = new TempDirectory();
        var original = PopulationBuilder.Synthetic(Model, 5, 3);
        var identities = new[]
        {
            new FirmIdentity("甲, \"乙\" 有限公司", "宁波", "-007"),
            new FirmIdentity(" leading space", "=SUM(A1)", "x"),
            new FirmIdentity("丙有限公司", "上海", null),
        };
        var population = original with { Identities = identities };
        var path = dir.File("odd.csv");
        PopulationCsv.Write(population, path);

        var read = PopulationCsv.Read(path, Model, 5);
        // The identities were replaced after the region ids were numbered, so the ids are the file's regions', not the original's.
        Assert.Equal(population.Traits.Select(t => t with { RegionId = 0 }), read.Traits.Select(t => t with { RegionId = 0 }));
        Assert.Equal(identities.Select(i => i.Region), read.Traits.Select(t => read.Regions[t.RegionId]));
        Assert.Equal(identities[0], read.Identities[0]);
        Assert.Equal(identities[2], read.Identities[2]);
        Assert.Equal(" leading space".Trim(), read.Identities[1].Name);
    }

    [Fact]
    public void The_file_has_the_documented_header_and_no_temporary_file_is_left()
    {
        using var dir = new TempDirectory();
        var path = dir.File("firms.csv");
        PopulationCsv.Write(PopulationBuilder.Synthetic(Model, 1, 10), path);
        PopulationCsv.Write(PopulationBuilder.Synthetic(Model, 2, 10), path);

        var lines = File.ReadAllLines(path);
        Assert.Equal(string.Join(",", PopulationCsvColumns.All), lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.Equal(["firms.csv"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        Assert.DoesNotContain("\r", File.ReadAllText(path));
    }

    [Fact]
    public void Numbers_are_written_in_invariant_culture()
    {
        using var dir = new TempDirectory();
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var path = dir.File("firms.csv");
            var population = PopulationBuilder.Synthetic(Model, 3, 50);
            PopulationCsv.Write(population, path);
            Assert.Equal(population.Traits, PopulationCsv.Read(path, Model, 3).Traits);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
