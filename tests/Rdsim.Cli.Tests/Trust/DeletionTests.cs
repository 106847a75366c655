using System.Text.Json;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 1: rdsim deletes only files it can prove it wrote. Before: a run into a folder holding .git and
/// notes.txt listed them in its manifest, and the next run deleted them; directory symlinks were followed.
/// </summary>
public class DeletionTests
{
    private static string[] Run(string folder, params string[] more) =>
        ["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", folder, .. more];

    [Fact]
    public void The_current_folder_the_home_folder_and_a_repository_root_are_refused_even_with_force()
    {
        using var rdsim = new Rdsim();
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, ".git"));
        rdsim.Write("notes.txt", "the analyst's notes");
        var home = Directory.CreateDirectory(Path.Combine(rdsim.Folder, "home")).FullName;
        rdsim.Environment["HOME"] = home;
        foreach (var (folder, reason) in new[] { (".", "it is the current folder"), (home, "it is your home folder") })
        {
            var result = rdsim.Run(Run(folder, "--force"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"--out: cannot write results here: {reason}", result.Error);
        }
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, "project", ".git"));
        var repository = rdsim.Run(Run("project"));
        Assert.Equal(2, repository.ExitCode);
        Assert.Contains("it is the root of a repository (it holds .git)", repository.Error);
        Assert.Equal([".git", "home", "notes.txt", "project", Path.Combine("project", ".git")], rdsim.Written().Order());
    }

    [Fact]
    public void A_folder_rdsim_did_not_create_is_refused_and_with_force_only_rdsim_files_are_written_and_listed()
    {
        using var rdsim = new Rdsim();
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, "mine", "charts"));
        rdsim.Write(Path.Combine("mine", "notes.txt"), "the analyst's notes");
        rdsim.Write(Path.Combine("mine", "charts", "my_chart.png"), "the analyst's chart");
        var refused = rdsim.Run(Run("mine"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("the folder is not empty (2 entries", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.False(File.Exists(Path.Combine(rdsim.Folder, "mine", "manifest.json")));

        for (var i = 0; i < 2; i++) Assert.Equal(0, rdsim.Run(Run("mine", "--force")).ExitCode);
        Assert.Equal("the analyst's notes", File.ReadAllText(Path.Combine(rdsim.Folder, "mine", "notes.txt")));
        Assert.Equal("the analyst's chart", File.ReadAllText(Path.Combine(rdsim.Folder, "mine", "charts", "my_chart.png")));
        var listed = Listed(Path.Combine(rdsim.Folder, "mine"));
        Assert.Equal(["brief.html", "brief.pdf", "bunching.csv", "groups.csv", "intensity_histogram.csv", "results.xlsx", "years.csv"], listed);
    }

    [Fact]
    public void A_symlinked_folder_inside_is_never_followed_and_a_symlinked_charts_folder_is_refused()
    {
        using var rdsim = new Rdsim();
        var elsewhere = Directory.CreateDirectory(Path.Combine(rdsim.Folder, "elsewhere")).FullName;
        rdsim.Write(Path.Combine("elsewhere", "precious.txt"), "keep me");
        Assert.Equal(0, rdsim.Run(Run("out")).ExitCode);
        Directory.CreateSymbolicLink(Path.Combine(rdsim.Folder, "out", "link"), elsewhere);
        for (var i = 0; i < 2; i++) Assert.Equal(0, rdsim.Run(Run("out")).ExitCode);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(elsewhere, "precious.txt")));
        Assert.DoesNotContain(Listed(Path.Combine(rdsim.Folder, "out")), f => f.StartsWith("link", StringComparison.Ordinal));

        Directory.CreateSymbolicLink(Path.Combine(rdsim.Folder, "out", "charts"), elsewhere);
        var charts = rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--out", "out", "--force"]);
        Assert.Equal(2, charts.ExitCode);
        Assert.Contains("a folder on the way to charts/rd_over_time.png is a symbolic link, and rdsim does not write through links", charts.Error);
        Assert.Equal(["precious.txt"], Directory.GetFiles(elsewhere).Select(Path.GetFileName));
    }

    [Fact]
    public void A_result_changed_by_hand_is_neither_replaced_nor_deleted_without_force()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--panel", "--out", "r"]).ExitCode);
        var folder = Path.Combine(rdsim.Folder, "r");
        File.AppendAllText(Path.Combine(folder, "years.csv"), "my own row\n");
        var refused = rdsim.Run(Run("r"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("years.csv was not written by rdsim or changed since, and would be replaced", refused.Error);
        Assert.EndsWith("my own row\n", File.ReadAllText(Path.Combine(folder, "years.csv")));

        // A chart and the panel the analyst edited are kept by a rerun that writes neither (it deletes only what rdsim wrote).
        File.Delete(Path.Combine(folder, "years.csv"));
        File.AppendAllText(Path.Combine(folder, "charts", "rd_over_time.svg"), "<!-- my note -->");
        Assert.Equal(0, rdsim.Run(Run("r")).ExitCode);
        Assert.EndsWith("<!-- my note -->", File.ReadAllText(Path.Combine(folder, "charts", "rd_over_time.svg")));
        Assert.False(File.Exists(Path.Combine(folder, "charts", "rd_over_time.png")), "rdsim's own chart is removed");
        Assert.False(File.Exists(Path.Combine(folder, "firms.parquet")), "rdsim's own panel is removed");
        Assert.DoesNotContain(Listed(folder), f => f.StartsWith("charts/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_written_by_an_earlier_rdsim_without_a_ledger_is_refused_with_the_reason()
    {
        using var rdsim = new Rdsim();
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, "old"));
        rdsim.Write(Path.Combine("old", "manifest.json"), """{ "tool": "rdsim", "files": ["years.csv", "notes.txt"] }""");
        rdsim.Write(Path.Combine("old", "notes.txt"), "listed by the old manifest, but the analyst's");
        var refused = rdsim.Run(Run("old"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("it holds results of an earlier rdsim, which kept no record of the files it wrote", refused.Error);
        Assert.Equal(0, rdsim.Run(Run("old", "--force")).ExitCode);
        Assert.True(File.Exists(Path.Combine(rdsim.Folder, "old", "notes.txt")));
    }

    /// <summary>The files a run folder's manifest lists.</summary>
    internal static IReadOnlyList<string> Listed(string folder) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()!)];
}
