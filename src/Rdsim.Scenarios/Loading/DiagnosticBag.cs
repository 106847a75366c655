namespace Rdsim.Scenarios.Loading;

/// <summary>Collects every problem found while loading, in the order found, so all can be reported at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _all = [];
    private readonly HashSet<string> _errorPaths = new(StringComparer.Ordinal);

    /// <summary>Everything found.</summary>
    public IReadOnlyList<Diagnostic> All => _all;

    /// <summary>The warnings only.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _all.Where(d => d.Severity == Severity.Warning).ToArray();

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => _errorPaths.Count > 0 || _all.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether an error was reported for this parameter (later checks that use it are skipped).</summary>
    public bool HasErrorAt(string path) => _errorPaths.Contains(path);

    /// <summary>Reports an error.</summary>
    public void Error(SourceLocation at, string path, string message)
    {
        _errorPaths.Add(path);
        _all.Add(new Diagnostic(Severity.Error, at.File, at.Line, at.Column, path, message));
    }

    /// <summary>Reports a warning.</summary>
    public void Warning(SourceLocation at, string path, string message) =>
        _all.Add(new Diagnostic(Severity.Warning, at.File, at.Line, at.Column, path, message));
}
