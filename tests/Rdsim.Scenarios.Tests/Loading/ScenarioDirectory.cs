using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Tests.Loading;

/// <summary>A temporary directory of scenario files, deleted after the test.</summary>
public sealed class ScenarioDirectory : IDisposable
{
    public ScenarioDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "rdsim-scenarios-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file (newlines as given) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes and loads a scenario.</summary>
    public Scenario Load(string text, params string[] overrides) => ScenarioLoader.Load(Write("s.yaml", text), overrides);

    /// <summary>Writes a scenario that must fail and returns its diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Errors(string text, params string[] overrides)
    {
        var path = Write("bad.yaml", text);
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, overrides));
        return e.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
