using System.Text.RegularExpressions;

namespace Rdsim.Conventions.Tests;

/// <summary>
/// Tests mirror src: the tests of <c>src/X/Folder/Type.cs</c> are in <c>tests/X.Tests/Folder/TypeTests.cs</c>, so the tests of
/// a class are found where the class is, and a folder of src without tests shows as a missing folder. A test project's root
/// holds its fixtures and the tests of the project as a whole (a committed fit, say); <c>Support/</c> holds fixtures too.
/// </summary>
public partial class TestMirrorTests
{
    /// <summary>The src projects each unit-test project mirrors.</summary>
    private static readonly Dictionary<string, string[]> Mirrors = new(StringComparer.Ordinal)
    {
        ["Rdsim.Model.Tests"] = ["Rdsim.Model"],
        ["Rdsim.Scenarios.Tests"] = ["Rdsim.Scenarios"],
        ["Rdsim.Engine.Tests"] = ["Rdsim.Engine"],
        ["Rdsim.Reporting.Tests"] = ["Rdsim.Reporting"],
        ["Rdsim.Runs.Tests"] = ["Rdsim.Runs"],
        ["Rdsim.Calibration.Tests"] = ["Rdsim.Calibration"],
        // The grain contracts are tested with the silo's own serializer and grain factory, which only a test cluster has.
        ["Rdsim.Orleans.Tests"] = ["Rdsim.Orleans", "Rdsim.Orleans.Abstractions"],
    };

    /// <summary>
    /// The test projects that mirror nothing, and why: the command is tested by running it as a user does (its folders are
    /// what a user meets: guards, trust, the cluster), and the others test across every project.
    /// </summary>
    private static readonly Dictionary<string, string> NotMirrors = new(StringComparer.Ordinal)
    {
        ["Rdsim.Cli.Tests"] = "runs the rdsim command as a process; tests Rdsim.Cli",
        ["Rdsim.Fuzzing.Tests"] = "feeds hostile input to the loaders and the command",
        ["Rdsim.Conventions.Tests"] = "house rules over the whole tree",
        ["Rdsim.Benchmarks"] = "measures speed and memory; not a test",
        ["Rdsim.Tests.Shared"] = "fixtures linked into the test projects that need them",
    };

    /// <summary>The folder of fixtures a test project may have besides its root.</summary>
    private const string Support = "Support";

    [Fact]
    public void Every_project_is_mirrored_by_a_test_project_or_tested_as_a_whole()
    {
        var mirrored = Mirrors.Values.SelectMany(p => p).Append("Rdsim.Cli").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Projects("src").Order(StringComparer.Ordinal), mirrored.Order(StringComparer.Ordinal));
        Assert.Equal(Projects("tests").Order(StringComparer.Ordinal), Mirrors.Keys.Concat(NotMirrors.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_test_folder_is_a_folder_of_the_source_it_tests()
    {
        var offenders = new List<string>();
        foreach (var (tests, sources) in Mirrors)
        {
            var srcFolders = sources.SelectMany(s => Folders(Path.Combine("src", s))).ToHashSet(StringComparer.Ordinal);
            offenders.AddRange(Folders(Path.Combine("tests", tests))
                .Where(f => f.Length > 0 && f != Support && !f.StartsWith(Support + "/", StringComparison.Ordinal) && !srcFolders.Contains(f))
                .Select(f => $"tests/{tests}/{f}/ has no src/{string.Join(" or src/", sources)} counterpart"));
        }
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Every_source_folder_with_public_types_has_tests_in_its_mirror_folder()
    {
        var offenders = new List<string>();
        foreach (var (tests, sources) in Mirrors)
        {
            var testRoot = Path.Combine(SourceTree.Root, "tests", tests);
            foreach (var source in sources)
            {
                foreach (var folder in Folders(Path.Combine("src", source)).Where(f => Files(Path.Combine("src", source), f).Any(DeclaresPublicType)))
                {
                    var testFolder = Path.Combine(testRoot, folder);
                    var hasTests = Directory.Exists(testFolder)
                        && Directory.EnumerateFiles(testFolder, "*Tests.cs").Any(f => TestAttribute().IsMatch(File.ReadAllText(f)));
                    if (!hasTests) offenders.Add($"src/{source}/{folder}: no tests in tests/{tests}/{folder}");
                }
            }
        }
        Assert.True(offenders.Count == 0, "Public types without tests beside their mirror:\n" + string.Join("\n", offenders));
    }

    /// <summary>The projects under <paramref name="under"/> (their folders' names).</summary>
    private static IEnumerable<string> Projects(string under) =>
        Directory.EnumerateDirectories(Path.Combine(SourceTree.Root, under)).Select(d => Path.GetFileName(d)!);

    /// <summary>Every folder of the project at <paramref name="project"/> that holds C# files, relative with '/', its root as "".</summary>
    private static IEnumerable<string> Folders(string project)
    {
        var root = Path.Combine(SourceTree.Root, project);
        return SourceTree.SourceFiles(project)
            .Select(f => Path.GetRelativePath(root, Path.GetDirectoryName(f)!).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(f => f == "." ? "" : f)
            .Distinct();
    }

    /// <summary>The C# files directly in <paramref name="folder"/> of <paramref name="project"/>.</summary>
    private static IEnumerable<string> Files(string project, string folder) =>
        Directory.EnumerateFiles(Path.Combine(SourceTree.Root, project, folder), "*.cs").Where(f => !f.EndsWith("Program.cs", StringComparison.Ordinal));

    private static bool DeclaresPublicType(string file) => PublicType().IsMatch(File.ReadAllText(file));

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record|struct|interface|enum)\b", RegexOptions.Multiline)]
    private static partial Regex PublicType();

    [GeneratedRegex(@"\[(?:Fact|Theory|RedisFact)\b")]
    private static partial Regex TestAttribute();
}
