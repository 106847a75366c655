using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// A new user's try-out: a folder of <c>compare --sensitivity</c> recorded no <c>rdsim compare</c> command, and its brief's
/// "Reproduce" listed only each run's <c>rdsim run</c>, which does not make <c>sensitivity_differences.csv</c> again.
/// </summary>
public class CompareManifestTests
{
    [Fact]
    public void A_compare_folder_carries_the_command_that_makes_it_again_and_report_keeps_its_list_of_files_current()
    {
        using var rdsim = new Rdsim();
        var compare = rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(200), "--sensitivity", "--no-charts", "--out", "c"]);
        Assert.True(compare.ExitCode == 0, compare.All);
        var folder = Path.Combine(rdsim.Folder, "c");
        var command = Manifest(folder).GetProperty("command").GetString()!;
        Assert.Equal($"rdsim compare {Small.China} {Small.NoIncentives} {string.Join(' ', Small.Set(200))} --seed 20240101 --replications 1 --sensitivity --no-charts --out c", command);
        var brief = File.ReadAllText(Path.Combine(folder, "brief.html"));
        var reproduce = brief.IndexOf("Reproduce these results", StringComparison.Ordinal);
        Assert.True(brief.IndexOf(WebUtility.HtmlEncode(command), StringComparison.Ordinal) > reproduce && reproduce > 0);
        Assert.True(brief.IndexOf(WebUtility.HtmlEncode(command), StringComparison.Ordinal) < brief.IndexOf("rdsim run ", reproduce, StringComparison.Ordinal));

        // The command makes the sensitivity table again, byte for byte.
        var table = Path.Combine(folder, "sensitivity_differences.csv");
        var expected = File.ReadAllBytes(table);
        File.Delete(table);
        var again = rdsim.Run(command.Split(' ')[1..]);
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Equal(expected, File.ReadAllBytes(table));

        // report draws the brief again with the command, and lists what it drew under its hash.
        Assert.Equal(0, rdsim.Run("report", "c", "--lang", "zh").ExitCode);
        Assert.Contains(WebUtility.HtmlEncode(command), File.ReadAllText(Path.Combine(folder, "brief.zh.html")));
        var listed = Manifest(folder).GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString());
        Assert.Equal(Sha256(Path.Combine(folder, "brief.zh.html")), listed["brief.zh.html"]);
        Assert.Equal(Sha256(Path.Combine(folder, "brief.html")), listed["brief.html"]);   // the English brief stays, and listed
        Assert.Equal(Sha256(table), listed["sensitivity_differences.csv"]);
        Assert.Equal(command, Manifest(folder).GetProperty("command").GetString());
    }

    /// <summary>
    /// A try-out: compare A B C into X, then A B into X, left 3-… behind and <c>report X</c> drew 3 scenarios (compare.json and
    /// summary.csv listed 2); then A D into X left 2-… twice and <c>report X</c> failed with "X/manifest.json: there is no manifest here".
    /// </summary>
    [Fact]
    public void Compare_removes_the_run_folders_it_no_longer_writes_and_report_draws_the_runs_compare_json_lists()
    {
        using var rdsim = new Rdsim();
        var reform = Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml");
        string[] Compare(params string[] scenarios) => ["compare", .. scenarios, .. Small.Set(200), "--no-charts", "--out", "x"];
        var folder = Path.Combine(rdsim.Folder, "x");
        string[] RunFolders() => [.. Directory.EnumerateDirectories(folder).Select(Path.GetFileName).Where(d => d![0] != '.').Order(StringComparer.Ordinal)!];

        Assert.Equal(0, rdsim.Run(Compare(Small.China, Small.NoIncentives, reform)).ExitCode);
        Assert.Equal(["1-china-2008-2024", "2-no-incentives", "3-reform-hnte-10pct"], RunFolders());
        var two = rdsim.Run(Compare(Small.China, reform));
        Assert.True(two.ExitCode == 0, two.All);
        Assert.Equal(["1-china-2008-2024", "2-reform-hnte-10pct"], RunFolders());
        var report = rdsim.Run("report", "x");
        Assert.True(report.ExitCode == 0, report.All);
        Assert.DoesNotContain("No R&amp;D incentives", File.ReadAllText(Path.Combine(folder, "brief.html")));

        // A file of the user's in a run folder left behind keeps it (rdsim deletes only what it wrote), and report still draws only the runs listed.
        File.WriteAllText(Path.Combine(folder, "2-reform-hnte-10pct", "notes.txt"), "mine");
        var other = rdsim.Run(Compare(Small.China, Small.NoIncentives));
        Assert.True(other.ExitCode == 0, other.All);
        Assert.Contains("x/2-reform-hnte-10pct: the earlier comparison's run folder, not part of this one, holds files rdsim did not write and is left in place", other.Error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(folder, "2-reform-hnte-10pct")).Select(Path.GetFileName).Where(f => f != ".rdsim"));
        Assert.Equal(["1-china-2008-2024", "2-no-incentives"], Manifest(folder).GetProperty("runs").EnumerateArray().Select(r => r.GetString()));
        report = rdsim.Run("report", "x");
        Assert.True(report.ExitCode == 0, report.All);
        var brief = File.ReadAllText(Path.Combine(folder, "brief.html"));
        Assert.Contains("No R&amp;D incentives", brief);
        Assert.DoesNotContain("HNTE rate 10%", brief);

        // A run folder compare.json lists that is gone is named, not mistaken for a missing run manifest of the comparison itself.
        Directory.Delete(Path.Combine(folder, "2-no-incentives"), recursive: true);
        var missing = rdsim.Run("report", "x");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("x/compare.json: error: runs: it lists the run folder 2-no-incentives, which is not there as a finished run", missing.Error);
        Assert.DoesNotContain("   at ", missing.All);
    }

    private static JsonElement Manifest(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "compare.json"))).RootElement;

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
