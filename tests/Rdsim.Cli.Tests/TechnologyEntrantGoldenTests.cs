using Rdsim.Cli.Selftest;
using Rdsim.Engine.Reference;

namespace Rdsim.Cli.Tests;

/// <summary>
/// Technology entrants (population.techEntrantShare) on the bundled national scenario's golden run: written out at 0 they
/// change nothing, bit for bit, and from a year on they change nothing before it.
/// </summary>
public class TechnologyEntrantGoldenTests
{
    private const string Scenario = "china-2008-2024.yaml";

    private static Task<string> YearsCsv(params string[] overrides) =>
        GoldenRun.YearsCsv(Path.Combine(Rdsim.Scenarios, Scenario), new ReferenceEngine(), default, overrides);

    private static string[] Lines(string csv) => csv.TrimEnd('\n').Split('\n');

    /// <summary>The fields of each data line, by (replicate, year).</summary>
    private static Dictionary<(string, int), string[]> ByYear(string csv)
    {
        var lines = Lines(csv);
        var header = lines[0].Split(',');
        var (replicate, year) = (Array.IndexOf(header, "replicate"), Array.IndexOf(header, "year"));
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => (f[replicate], int.Parse(f[year], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Written_out_at_zero_the_share_reproduces_the_golden_years_csv_bit_for_bit()
    {
        var golden = await File.ReadAllTextAsync(Path.Combine(Rdsim.Scenarios, "golden", BundledScenarios.GoldenName(Scenario)));
        Assert.Equal(golden, await YearsCsv("population.techEntrantShare={2008: 0, 2016: 0}", "population.techEntrantIntensityScale=2"));
    }

    [Fact]
    public async Task Technology_entrants_from_2016_leave_every_earlier_year_as_it_was_and_add_performers_from_2016()
    {
        var header = Lines(await YearsCsv())[0].Split(',');
        var performers = Array.IndexOf(header, "rd_performers");
        var without = ByYear(await YearsCsv());
        var with = ByYear(await YearsCsv("population.techEntrantShare={2008: 0, 2016: 0.5}"));

        Assert.Equal(without.Keys.Order(), with.Keys.Order());
        Assert.All(without.Where(r => r.Key.Item2 < 2016), r => Assert.Equal(r.Value, with[r.Key]));
        Assert.All(without.Where(r => r.Key.Item2 >= 2016), r =>
            Assert.True(double.Parse(with[r.Key][performers], System.Globalization.CultureInfo.InvariantCulture)
                > double.Parse(r.Value[performers], System.Globalization.CultureInfo.InvariantCulture), $"more performers in {r.Key}"));
    }
}
