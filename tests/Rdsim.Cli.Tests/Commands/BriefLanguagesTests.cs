using Rdsim.Reporting.Files;
using Rdsim.Scenarios.IO;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// Briefs in both languages stay side by side in a run folder: brief.html and brief.pdf in English, brief.zh.html and
/// brief.zh.pdf in Chinese. Before, <c>report --lang zh</c> wrote its Chinese brief over the English one a run had written,
/// and a user who wanted both lost the English one.
/// </summary>
public class BriefLanguagesTests
{
    private static readonly string[] English = ["brief.html", "brief.pdf"];

    private static readonly string[] Chinese = ["brief.zh.html", "brief.zh.pdf"];

    [Fact]
    public void Report_in_Chinese_writes_its_brief_beside_the_English_one_and_leaves_that_as_it_was()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        var folder = Path.Combine(rdsim.Folder, "r");
        var english = Bytes(folder, English);

        var zh = rdsim.Run("report", "r", "--lang", "zh");

        Assert.True(zh.ExitCode == 0, zh.All);
        Assert.Contains("生成 brief.zh.pdf", zh.Error);
        Assert.Equal(english, Bytes(folder, English));
        Assert.Contains("激励政策的效果", File.ReadAllText(Path.Combine(folder, "brief.zh.html")));
        Assert.True(File.Exists(Path.Combine(folder, "brief.zh.pdf")));
        AllListed(folder, [.. English, .. Chinese]);

        // And the other way round: the English brief drawn again leaves the Chinese one.
        var chinese = Bytes(folder, Chinese);
        Assert.Equal(0, rdsim.Run("report", "r").ExitCode);
        Assert.Equal(chinese, Bytes(folder, Chinese));
        Assert.Contains("What the incentives bought", File.ReadAllText(Path.Combine(folder, "brief.html")));
        AllListed(folder, [.. English, .. Chinese]);

        // A run made again has new results: a brief of the old ones, in either language, goes with them.
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--seed", "7", "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        Assert.All(Chinese, f => Assert.False(File.Exists(Path.Combine(folder, f)), f));
    }

    [Fact]
    public void A_Chinese_run_writes_brief_zh_and_report_in_English_adds_brief_html_beside_it()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--lang", "zh", "--out", "r"]).ExitCode);
        var folder = Path.Combine(rdsim.Folder, "r");
        Assert.All(English, f => Assert.False(File.Exists(Path.Combine(folder, f)), f));
        var chinese = Bytes(folder, Chinese);

        Assert.Equal(0, rdsim.Run("report", "r").ExitCode);

        Assert.Equal(chinese, Bytes(folder, Chinese));
        AllListed(folder, [.. English, .. Chinese]);
    }

    /// <summary>The bytes of each of <paramref name="files"/> in <paramref name="folder"/>.</summary>
    private static IReadOnlyList<byte[]> Bytes(string folder, IEnumerable<string> files) => [.. files.Select(f => File.ReadAllBytes(Path.Combine(folder, f)))];

    /// <summary>Every one of <paramref name="files"/> is in the folder's manifest with its hash, so that report can tell it is rdsim's.</summary>
    private static void AllListed(string folder, IEnumerable<string> files)
    {
        var listed = ManifestReader.Read(folder).Manifest.Files.ToDictionary(f => f.Path, f => f.Sha256);
        Assert.All(files, f => Assert.Equal(FileHash.Sha256(Path.Combine(folder, f)), listed.GetValueOrDefault(f)));
    }
}
