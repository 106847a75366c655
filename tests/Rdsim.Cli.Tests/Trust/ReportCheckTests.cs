using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 5 (and the report cases of #18): <c>report</c> draws only from files as rdsim wrote them. Before: an
/// edited or truncated years.csv was drawn into a brief with exit 0, the result fingerprint never checked; a missing
/// years.csv, an empty, <c>[]</c> or non-JSON manifest, or a renamed column ended in a stack trace.
/// </summary>
public class ReportCheckTests
{
    private static string Folder(Rdsim rdsim)
    {
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        return Path.Combine(rdsim.Folder, "r");
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("truncated")]
    public void A_changed_result_is_refused_naming_the_file_and_allow_modified_stamps_a_warning(string change)
    {
        using var rdsim = new Rdsim();
        var folder = Folder(rdsim);
        var years = Path.Combine(folder, "years.csv");
        var text = File.ReadAllText(years);
        // Truncated at a line end, as a copy stopped half-way leaves it: still readable, so --allow-modified can draw it.
        var lines = text.Split('\n');
        File.WriteAllText(years, change == "edited" ? text.Replace(",2018,", ",2019,") : string.Join('\n', lines.Take(lines.Length / 2)) + "\n");
        var brief = File.ReadAllText(Path.Combine(folder, "brief.html"));

        var refused = rdsim.Run("report", "r");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(Path.Combine("r", "years.csv") + ": error: changed since rdsim wrote it (SHA-256 ", refused.Error);
        Assert.Contains("--allow-modified", refused.Error);
        Assert.Equal(brief, File.ReadAllText(Path.Combine(folder, "brief.html")));

        var allowed = rdsim.Run("report", "r", "--allow-modified");
        Assert.True(allowed.ExitCode == 0, allowed.All);
        var stamped = File.ReadAllText(Path.Combine(folder, "brief.html"));
        Assert.Contains("Warning: this folder was changed after rdsim wrote it.", stamped);
        Assert.Contains("<li>years.csv: changed since rdsim wrote it", stamped);
        Assert.Equal(2, rdsim.Run("report", "r").ExitCode);   // the manifest was not sealed again over the change
    }

    [Fact]
    public void An_untouched_folder_is_redrawn_and_stays_checkable()
    {
        using var rdsim = new Rdsim();
        var folder = Folder(rdsim);
        for (var i = 0; i < 2; i++) Assert.Equal(0, rdsim.Run("report", "r").ExitCode);
        Assert.Contains("charts/rd_over_time.png", DeletionTests.Listed(folder));
        Assert.DoesNotContain("Warning: this folder was changed", File.ReadAllText(Path.Combine(folder, "brief.html")));
    }

    [Theory]
    [InlineData("", "the manifest is empty")]
    [InlineData("[]", "this is not an rdsim manifest")]
    [InlineData("{ not json", "the manifest is not valid JSON")]
    [InlineData("""{ "tool": "rdsim", "files": ["years.csv"], "command": "rdsim run x.yaml" }""", "the manifest was written by an earlier rdsim that recorded no file hashes, so its files cannot be checked; run its command again: rdsim run x.yaml")]
    [InlineData("""{ "tool": "rdsim", "files": [] }""", "the manifest lacks a field")]
    public void A_broken_manifest_is_exit_2_naming_it(string manifest, string message)
    {
        using var rdsim = new Rdsim();
        var folder = Folder(rdsim);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest);
        var result = rdsim.Run("report", "r", "--allow-modified");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine("r", "manifest.json") + ": error: " + message, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("missing", "years.csv: error: missing", "years.csv: error: the file is missing")]
    [InlineData("renamed-column", "years.csv: error: changed since rdsim wrote it", "years.csv:1:0: error: there is no column 'year' (was it renamed?)")]
    public void A_missing_file_or_a_renamed_column_is_exit_2_naming_the_file(string damage, string refused, string allowed)
    {
        using var rdsim = new Rdsim();
        var folder = Folder(rdsim);
        var years = Path.Combine(folder, "years.csv");
        if (damage == "missing") File.Delete(years);
        else File.WriteAllText(years, File.ReadAllText(years).Replace(",year,", ",Year,"));
        var result = rdsim.Run("report", "r");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(refused, result.Error);
        var anyway = rdsim.Run("report", "r", "--allow-modified");
        Assert.Equal(2, anyway.ExitCode);
        Assert.Contains(allowed, anyway.Error);
        Assert.DoesNotContain("   at ", result.Error + anyway.Error);
    }
}
