using System.Text.RegularExpressions;
using Rdsim.Cli.Tests.Brief;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// Errors under <c>--lang zh</c>, as a user sees them: each bad input is reported in Chinese with the location the English gives
/// (<c>file:line:col: 错误: path: …</c>, or without <c>path: </c> when the message begins with it) and the same exit code, whether the bad input is the scenario file, an override, a
/// population or targets file, or another option on the same command line; nothing of it is English apart from names and numbers.
/// </summary>
public partial class ChineseErrorTests
{
    [Fact]
    public void Bad_inputs_are_reported_in_chinese_with_their_location_and_exit_code_2()
    {
        using var rdsim = new Rdsim();
        var folder = rdsim.Folder;
        var china = Small.China;
        string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }
        var key = Write("key.yaml", $"extends: {china}\nhnte:\n  rtae: 0.1\n");
        var type = Write("type.yaml", $"extends: {china}\nhnte:\n  rate: abc\n");
        var range = Write("range.yaml", $"extends: {china}\ncit:\n  standardRate: 1.5\n");
        var syntax = Write("syntax.yaml", $"extends: {china}\nhnte: [0.1\n");
        var caveat = Write("caveat.yaml", $"extends: {china}\ncaveats: \"\"\n");
        var many = Write("many.yaml", string.Concat(Enumerable.Range(0, 25).Select(i => $"unknown{i}: 1\n")));
        var firms = Write("firms.csv", "id,sector,revenue\n1,software,abc\n");
        var csv = Write("csv.yaml", $"extends: {china}\npopulation:\n  from: firms.csv\n");
        var targets = Write("targets.csv", "metric,value,unit,year,source_phrase\nhnte_firms,many,firms,2013,x\n");
        (string What, string[] Args, string Location)[] cases =
        [
            ("unknown key", ["validate", key], $"{key}:3:3: 错误: 未知参数 'hnte.rtae'"),
            ("bad value type", ["validate", type], $"{type}:3:9: 错误: hnte.rate: "),
            ("out of range", ["validate", range], $"{range}:3:17: 错误: cit.standardRate = "),
            ("YAML syntax", ["validate", syntax], $"{syntax}:"),
            ("empty caveat", ["validate", caveat], $"{caveat}:2:10: 错误: caveats 为空"),
            ("population cell", ["validate", csv], $"{firms}:2:0: 错误: revenue: "),
            ("targets cell", ["calibrate", china, "--targets", targets, "--max-evaluations", "0", "--out", "fit"], $"{targets}:2:"),
            ("bad --set", ["validate", china, "--set", "hnte.rate=2"], "--set: 错误: hnte.rate = "),
            ("bad option value", ["run", china, "--seed", "x"], "command line: 错误: --seed: "),
            ("bad money unit", ["run", china, "--money-unit", "q", "--out", "r"], "command line: 错误: --money-unit: "),
            ("unknown option", ["run", china, "--bogus"], "未知选项"),
            ("missing file", ["validate", Path.Combine(folder, "nothere.yaml")], $"{Path.Combine(folder, "nothere.yaml")}: 错误: "),
            ("many errors", ["validate", many], $"{many}:"),
        ];
        foreach (var (what, args, location) in cases)
        {
            // --lang before the bad input and after it: the language is known before anything is parsed.
            string[][] orders = [[args[0], "--lang", "zh", .. args[1..]], [.. args, "--lang", "zh"]];
            foreach (var line in orders.Select(rdsim.Run))
            {
                Assert.True(line.ExitCode == 2, $"{what}: exit {line.ExitCode}\n{line.All}");
                var errors = Errors(line.Error);
                Assert.True(errors.Count > 0, $"{what}: no error\n{line.All}");
                Assert.StartsWith(location, errors[0]);
                AssertChinese(what, errors, folder);
            }
        }
        var omitted = rdsim.Run("validate", many, "--lang", "zh");
        Assert.Contains("……另有 5 个错误（只显示前 20 个）。", omitted.Error);
    }

    [Fact]
    public void An_io_fault_is_one_chinese_line_and_exit_1()
    {
        Assert.True(Environment.IsPrivilegedProcess, "This test mounts a small file system (as root; CI runs as root).");
        using var rdsim = new Rdsim();
        var disk = Directory.CreateDirectory(Path.Combine(rdsim.Folder, "disk")).FullName;
        string[] run = ["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", Path.Combine(disk, "out"), "--lang", "zh"];
        var result = rdsim.Shell($"unshare --mount --propagation private sh -c \"mount -t tmpfs -o size=96k tmpfs '{disk}' && exec {Rdsim.ShellCommand(run).Replace("\"", "\\\"")}\"");
        Assert.True(result.ExitCode == 1, result.All);
        var error = result.Error.Trim().Split('\n')[^1];
        Assert.Matches($"^无法写入 {disk}/out/[a-z_./]+：设备上没有剩余空间。结果没有写完，该文件夹未标记为完成。$", error);
    }

    [Fact]
    public void The_english_default_is_unchanged()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("validate", Small.China, "--set", "hnte.rate=2");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set: error: hnte.rate = 2 is outside the valid range [0, 1] (share of taxable income).", result.Error);
        Assert.DoesNotMatch(Han(), result.Error);
    }

    /// <summary>The error lines (the scenario's warnings and the help hint aside).</summary>
    private static List<string> Errors(string error) =>
        [.. error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains(" 警告: ", StringComparison.Ordinal) && !l.StartsWith("请参阅", StringComparison.Ordinal))];

    /// <summary>
    /// Each line holds Chinese and, once its location, quoted names and values, paths, parameter keys, options and numbers are
    /// taken out, no run of three English words.
    /// </summary>
    private static void AssertChinese(string what, IEnumerable<string> lines, string folder)
    {
        foreach (var line in lines)
        {
            Assert.True(Han().IsMatch(line), $"{what}: no Chinese in: {line}");
            var prose = NotProse().Replace(Location().Replace(line.Replace(folder, " ", StringComparison.Ordinal), " "), " ");
            var english = EnglishRuns.In(prose, Values);
            Assert.True(english.Count == 0, $"{what}: English left: {string.Join(" | ", english)}\n{line}");
        }
    }

    /// <summary>Option values a message lists as they are typed (the money units).</summary>
    private static readonly string[] Values = ["mn", "yi", "wan"];

    [GeneratedRegex(@"^.*?: 错误: (\S+: )?")]
    private static partial Regex Location();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\S*/\S*|\S+\.(csv|yaml)\b|\b[a-z]+[A-Z]?\w*\.[\w.]+|--\w[\w-]*|[\[{][^\]}]*[\]}]|\b\d[\d,.]*\b")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
