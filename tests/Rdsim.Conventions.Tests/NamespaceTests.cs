using System.Text.RegularExpressions;

namespace Rdsim.Conventions.Tests;

/// <summary>Namespace = folder, file-scoped: a type is where its namespace says.</summary>
public partial class NamespaceTests
{
    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder() => AssertNamespacesFollowFolders("src");

    /// <summary>Tests too, so that a test moved to its mirror folder (<see cref="TestMirrorTests"/>) moves its namespace with it.</summary>
    [Fact]
    public void Every_test_file_declares_the_namespace_of_its_folder() => AssertNamespacesFollowFolders("tests");

    private static void AssertNamespacesFollowFolders(string under)
    {
        var offenders = new List<string>();
        foreach (var file in SourceTree.SourceFiles(under).Where(f => !f.EndsWith("Program.cs", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(Path.Combine(SourceTree.Root, under), Path.GetDirectoryName(file)!);
            var expected = relative.Replace(Path.DirectorySeparatorChar, '.');
            var declared = FileScoped().Match(File.ReadAllText(file));
            if (!declared.Success) offenders.Add($"{SourceTree.Relative(file)}: no file-scoped namespace");
            else if (declared.Groups[1].Value != expected) offenders.Add($"{SourceTree.Relative(file)}: namespace {declared.Groups[1].Value}, folder says {expected}");
        }
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [GeneratedRegex(@"^namespace\s+([\w\.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScoped();
}
