using System.Text.RegularExpressions;

namespace Rdsim.Cli.Tests;

/// <summary>
/// Every verb's help text is part of the interface analysts learn: it changes only on purpose. The verbs are
/// read from `rdsim --help`, so a new verb without a snapshot fails. After a deliberate change, refresh with
/// RDSIM_UPDATE_SNAPSHOTS=1 dotnet test tests/Rdsim.Cli.Tests --filter HelpSnapshot and review the diff.
/// </summary>
public partial class HelpSnapshotTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "tests", "Rdsim.Cli.Tests", "Help");

    public static TheoryData<string> Verbs()
    {
        using var rdsim = new Rdsim();
        var help = rdsim.Run("--help").Out;
        var commands = help[help.IndexOf("COMMANDS:", StringComparison.Ordinal)..];
        var data = new TheoryData<string>();
        foreach (Match m in VerbLine().Matches(commands)) data.Add(m.Groups[1].Value);
        return data;
    }

    [Fact]
    public void The_overview_matches_its_snapshot() => AssertSnapshot("rdsim", "--help");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Each_verb_help_matches_its_snapshot(string verb) => AssertSnapshot(verb, verb, "--help");

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("calibrate", "--help")]
    public void Help_lines_end_at_their_last_word_not_padded_to_the_widest_row(params string[] args)
    {
        using var rdsim = new Rdsim();
        var help = rdsim.Run(args).Out;
        Assert.DoesNotContain(help.Replace("\r", "").Split('\n'), l => l.EndsWith(' '));
    }

    [Fact]
    public void Rdsim_help_is_rdsim_dash_dash_help_and_help_verb_is_verb_dash_dash_help()
    {
        using var rdsim = new Rdsim();
        var help = rdsim.Run("help");
        Assert.Equal(0, help.ExitCode);
        Assert.Equal(rdsim.Run("--help").Out, help.Out);
        Assert.Equal(rdsim.Run("sweep", "--help").Out, rdsim.Run("help", "sweep").Out);
        // No verb at all prints the overview too, and exits 0, as Spectre.Console.Cli does for an app without a default verb.
        Assert.Equal((0, help.Out), (rdsim.Run().ExitCode, rdsim.Run().Out));
    }

    [Fact]
    public void Help_help_is_the_overview_and_a_stray_word_after_help_verb_is_refused()
    {
        using var rdsim = new Rdsim();
        // Before: "Unknown command 'help'" (exit 2), and "help run extra" printed run's help, ignoring "extra".
        var helpHelp = rdsim.Run("help", "help");
        Assert.Equal(0, helpHelp.ExitCode);
        Assert.Equal(rdsim.Run("--help").Out, helpHelp.Out);
        Assert.Equal(rdsim.Run("run", "--help").Out, rdsim.Run("help", "run", "--lang", "en").Out);

        var stray = rdsim.Run("help", "run", "extra");
        Assert.Equal(2, stray.ExitCode);
        Assert.Contains("rdsim help takes one verb; 'extra' is not part of it. Type rdsim help run, or rdsim run --help.", stray.Error);
        Assert.DoesNotContain("   at ", stray.All);
        var chinese = rdsim.Run("help", "run", "extra", "--lang", "zh");
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("rdsim help 只接受一个命令名；'extra' 不是其中的一部分", chinese.Error);
    }

    private static void AssertSnapshot(string name, params string[] args)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(args);
        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(Folder, name + ".txt");
        var actual = Normalize(result.Out);
        if (Environment.GetEnvironmentVariable("RDSIM_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"No help snapshot for '{name}': run RDSIM_UPDATE_SNAPSHOTS=1 dotnet test tests/Rdsim.Cli.Tests --filter HelpSnapshot");
        Assert.True(actual == File.ReadAllText(path), $"The help of '{name}' changed. If that is deliberate, refresh the snapshot (RDSIM_UPDATE_SNAPSHOTS=1) and review it.\n{actual}");
    }

    /// <summary>Trailing spaces and the version number are not part of the interface.</summary>
    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r", "").Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }

    [GeneratedRegex(@"^\s{4}(\w+)\s", RegexOptions.Multiline)]
    private static partial Regex VerbLine();
}
