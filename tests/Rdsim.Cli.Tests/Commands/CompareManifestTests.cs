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
        Assert.Contains(WebUtility.HtmlEncode(command), File.ReadAllText(Path.Combine(folder, "brief.html")));
        var listed = Manifest(folder).GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString());
        Assert.Equal(Sha256(Path.Combine(folder, "brief.html")), listed["brief.html"]);
        Assert.Equal(Sha256(table), listed["sensitivity_differences.csv"]);
        Assert.Equal(command, Manifest(folder).GetProperty("command").GetString());
    }

    private static JsonElement Manifest(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "compare.json"))).RootElement;

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
