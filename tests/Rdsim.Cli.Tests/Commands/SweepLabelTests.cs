using System.Text.RegularExpressions;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// A sweep's points are labelled by their swept values wherever they are shown: sweep.csv, the frontier's data and labels, the
/// heatmaps' axes and the terminal table. A try-out's <c>--vary behaviour.userCostElasticity=0.5:1:0.25</c> labelled them 0.5,
/// 0.75 and 1 (beside a list's 0.10, 0.15); a range's values now all carry the decimals the range needs.
/// </summary>
public partial class SweepLabelTests
{
    private static readonly string[] Labels = ["0.50", "0.75", "1.00"];

    [Fact]
    public void Every_label_of_a_ranges_points_has_the_decimals_the_range_needs()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["sweep", Small.China, .. Small.Set(100), "--vary", "behaviour.userCostElasticity=0.5:1:0.25", "--vary", "hnte.rate=0.10,0.15", "--out", "s"]);

        Assert.True(result.ExitCode == 0, result.All);
        var folder = Path.Combine(rdsim.Folder, "s");
        Assert.Equal(Labels, File.ReadAllLines(Path.Combine(folder, "sweep.csv")).Skip(1).Select(l => l.Split(',')[1]).Distinct());
        Assert.Equal(Labels.SelectMany(l => new[] { l + ";0.10", l + ";0.15" }),
            File.ReadAllLines(Path.Combine(folder, "charts", "frontier.csv")).Skip(1).Select(l => l.Split(',')[1]));
        var heatmap = SvgTexts(Path.Combine(folder, "charts", "heatmap_cum_induced_real_rd.svg"));
        Assert.All(Labels, l => Assert.Contains(l, heatmap));
        Assert.DoesNotContain("0.5", heatmap);
        Assert.DoesNotContain("1", heatmap);
        var frontier = SvgTexts(Path.Combine(folder, "charts", "frontier.svg")).Where(t => t.StartsWith("userCostElasticity=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(frontier);
        Assert.All(frontier, t => Assert.Contains(t["userCostElasticity=".Length..].Split(',')[0], Labels));
        Assert.All(Labels, l => Assert.Matches($@"\s{Regex.Escape(l)}\s+0\.1[05]\s", result.Out));   // the terminal table's rows
    }

    /// <summary>Every text an SVG chart draws, trimmed.</summary>
    private static IReadOnlyList<string> SvgTexts(string path) =>
        [.. SvgText().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value.Trim())];

    [GeneratedRegex(@"<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();
}
