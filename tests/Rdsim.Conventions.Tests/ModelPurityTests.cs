using System.Text.RegularExpressions;

namespace Rdsim.Conventions.Tests;

/// <summary>The model is pure code: no Orleans, no packages, no I/O. Grains and engines stay thin around it.</summary>
public partial class ModelPurityTests
{
    [Fact]
    public void The_model_references_only_the_framework()
    {
        var references = typeof(Model.Simulation.FirmYear).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Rdsim.Model references {name}; the model must not depend on anything but the framework."));
        var project = File.ReadAllText(Path.Combine(SourceTree.Root, "src", "Rdsim.Model", "Rdsim.Model.csproj"));
        Assert.DoesNotContain("PackageReference", project);
        Assert.DoesNotContain("ProjectReference", project);
    }

    [Fact]
    public void The_model_does_no_input_or_output()
    {
        var offenders = SourceTree.SourceFiles(Path.Combine("src", "Rdsim.Model"))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal) && IoUse().IsMatch(x.line))
            .Select(x => $"{SourceTree.Relative(x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "I/O in the model:\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"\b(System\.IO|File\.|Directory\.|Console\.|Stream\b|HttpClient|Environment\.GetEnvironmentVariable|DateTime\.Now|DateTime\.UtcNow)")]
    private static partial Regex IoUse();
}
