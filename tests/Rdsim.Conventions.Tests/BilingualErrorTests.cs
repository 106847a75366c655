using System.Text.RegularExpressions;

namespace Rdsim.Conventions.Tests;

/// <summary>
/// Every error is made in English and Chinese: through <c>Diagnostic.Error</c>, which takes a <c>Bilingual</c> text, never by
/// constructing a <c>Diagnostic</c> with one language, so that <c>--lang zh</c> has a Chinese text for each.
/// </summary>
public partial class BilingualErrorTests
{
    [Fact]
    public void No_error_is_made_in_english_only()
    {
        var offenders = SourceTree.SourceFiles()
            .Where(file => !file.EndsWith(Path.Combine("Loading", "Diagnostic.cs"), StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => OneLanguage().IsMatch(x.line))
            .Select(x => $"{SourceTree.Relative(x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Errors made without their Chinese text (use Diagnostic.Error with a Bilingual):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_bilingual_literal_has_a_chinese_text()
    {
        // new("English", "中文") and new Bilingual("English", "中文") written on one line: the second text must hold Chinese.
        var pairs = SourceTree.SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .SelectMany(x => Pair().Matches(x.line).Select(m => (x.file, x.number, zh: m.Groups["zh"].Value)))
            .ToList();
        Assert.True(pairs.Count > 100, $"Only {pairs.Count} one-line texts found: the pattern no longer finds them.");
        var offenders = pairs
            .Where(x => x.zh.Length > 0 && !Han().IsMatch(x.zh) && x.zh != "." && !x.zh.StartsWith('{'))
            .Select(x => $"{SourceTree.Relative(x.file)}:{x.number}: \"{x.zh}\"")
            .ToList();
        Assert.True(offenders.Count == 0, "Bilingual texts whose Chinese is not Chinese:\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"new Diagnostic\((?!Severity\.Warning)|new\(Severity\.Error\b|Severity\.Error, ")]
    private static partial Regex OneLanguage();

    [GeneratedRegex(@"new(?: Bilingual| Scenarios\.Bilingual)?\(\$?""(?:[^""\\]|\\.)+"", \$?""(?<zh>(?:[^""\\]|\\.)*)""\)")]
    private static partial Regex Pair();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[，。：；（）]")]
    private static partial Regex Han();
}
