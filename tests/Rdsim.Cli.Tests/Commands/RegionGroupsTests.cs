using System.Globalization;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// "Who benefits" by region, as a user meets it: groups.csv's region rows add up to the year's totals, both engines give the
/// same bits, and the brief shows the region table, with English names in English and Chinese ones in Chinese.
/// </summary>
public class RegionGroupsTests
{
    [Fact]
    public void Region_rows_add_up_to_the_years_totals_the_same_on_both_engines_and_the_brief_shows_them_in_both_languages()
    {
        using var rdsim = new Rdsim();
        foreach (var engine in new[] { "reference", "orleans" })
        {
            var result = rdsim.Run(["run", Small.China, .. Small.Set(), "--replications", "2", "--engine", engine, "--out", engine]);
            Assert.True(result.ExitCode == 0, result.All);
        }
        var folder = Path.Combine(rdsim.Folder, "reference");
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "groups.csv")), File.ReadAllBytes(Path.Combine(rdsim.Folder, "orleans", "groups.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "years.csv")), File.ReadAllBytes(Path.Combine(rdsim.Folder, "orleans", "years.csv")));

        var groups = Csv(Path.Combine(folder, "groups.csv"));
        var years = Csv(Path.Combine(folder, "years.csv"));
        var regions = groups.Rows.Where(r => r[groups.Index["group_kind"]] == "region").ToList();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.Contains(r[groups.Index["group"]], ChineseNameParts.NationalRegions));
        foreach (var year in years.Rows)
        {
            foreach (var (world, prefix) in new[] { ("scenario", ""), ("counterfactual", "cf_") })
            {
                var mine = regions.Where(r => r[groups.Index["replicate"]] == year[years.Index["replicate"]] && r[groups.Index["year"]] == year[years.Index["year"]]
                    && r[groups.Index["world"]] == world).ToList();
                Assert.Equal(Number(year, years, prefix + "firms"), mine.Sum(r => Number(r, groups, "firms")));
                Assert.Equal(Number(year, years, prefix + "relief_total"), mine.Sum(r => Number(r, groups, "relief_total")), 6);
                if (world == "scenario") Assert.Equal(Number(year, years, "induced_real_rd"), mine.Sum(r => Number(r, groups, "induced_real_rd")), 6);
            }
        }

        var english = File.ReadAllText(Path.Combine(folder, "brief.html"));
        Assert.Contains("<th>Region</th>", english);
        Assert.Contains("Beijing", english);
        Assert.Equal(0, rdsim.Run("report", "reference", "--lang", "zh").ExitCode);
        var chinese = File.ReadAllText(Path.Combine(folder, "brief.zh.html"));
        Assert.Contains("<th>地区</th>", chinese);
        Assert.Contains("<td>北京</td>", chinese);
        Assert.DoesNotContain("Beijing", chinese);
    }

    private static (Dictionary<string, int> Index, List<string[]> Rows) Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        // No cell of these files holds a comma: scenario names and region names are plain.
        return (header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    private static double Number(string[] row, (Dictionary<string, int> Index, List<string[]> Rows) table, string column) =>
        double.Parse(row[table.Index[column]], CultureInfo.InvariantCulture);
}
