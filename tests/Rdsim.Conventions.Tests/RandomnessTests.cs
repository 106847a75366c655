using System.Text.RegularExpressions;

namespace Rdsim.Conventions.Tests;

/// <summary>Every random draw is keyed (seed, firm, year, purpose): no shared or unseeded generators anywhere in src/.</summary>
public partial class RandomnessTests
{
    [Fact]
    public void No_shared_or_unseeded_random_generators()
    {
        var offenders = SourceTree.SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && Unkeyed().IsMatch(x.line))
            .Select(x => $"{SourceTree.Relative(x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Unkeyed randomness:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_seeds_from_process_randomised_hashes()
    {
        var offenders = SourceTree.SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && (x.line.Contains("HashCode.Combine") || GetHashCodeSeed().IsMatch(x.line)))
            .Select(x => $"{SourceTree.Relative(x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Hash-based seeds (randomised per process):\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"Random\.Shared|new\s+Random\s*\(\s*\)|new\s+Randomizer\s*\(\s*\)|Guid\.NewGuid\(\)\.GetHashCode")]
    private static partial Regex Unkeyed();

    /// <summary>A call of GetHashCode (an override's declaration is none: value equality needs one, and it seeds nothing).</summary>
    [GeneratedRegex(@"(?<!override int )GetHashCode\(\)")]
    private static partial Regex GetHashCodeSeed();
}
