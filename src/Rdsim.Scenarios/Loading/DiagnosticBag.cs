namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Collects the problems found while loading, in the order found, so all can be reported at once. It keeps the
/// first <see cref="Kept"/> errors and the first <see cref="Kept"/> warnings and only counts the rest: a file of a
/// million bad rows must not print two million lines or hold them in memory.
/// </summary>
internal sealed class DiagnosticBag
{
    /// <summary>How many errors, and how many warnings, are kept and reported.</summary>
    public const int Kept = 20;

    private const int MaxPaths = 100_000;

    private readonly List<Diagnostic> _all = [];
    private List<Diagnostic>? _collecting;
    private readonly HashSet<string> _errorPaths = new(StringComparer.Ordinal);
    private int _errors;
    private int _warnings;

    /// <summary>What was kept, in the order found.</summary>
    public IReadOnlyList<Diagnostic> All => _all;

    /// <summary>The warnings kept.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _all.Where(d => d.Severity == Severity.Warning).ToArray();

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => _errors > 0;

    /// <summary>Errors found beyond those kept.</summary>
    public int OmittedErrors => Math.Max(0, _errors - Kept);

    /// <summary>Whether an error was reported for this parameter (later checks that use it are skipped).</summary>
    public bool HasErrorAt(string path) => _errorPaths.Contains(path);

    /// <summary>Reports an error, in English and Chinese.</summary>
    public void Error(SourceLocation at, string path, Bilingual message) => CostlyError(at, path, () => message);

    /// <summary>Reports an error whose message is costly to write (a name suggestion): written only when it is kept.</summary>
    public void CostlyError(SourceLocation at, string path, Func<Bilingual> message)
    {
        // Only the parameters' paths matter (later checks skip a parameter with an error); a million unknown keys
        // would otherwise keep a million paths. There are far fewer parameters than this bound.
        if (_errorPaths.Count < MaxPaths) _errorPaths.Add(path);
        if (_errors++ < Kept) _all.Add(Diagnostic.Error(at.File, at.Line, at.Column, path, message()));
    }

    /// <summary>Reports a warning, in English and Chinese (<paramref name="messageZh"/>).</summary>
    public void Warning(SourceLocation at, string path, string message, string? messageZh)
    {
        var warning = new Diagnostic(Severity.Warning, at.File, at.Line, at.Column, path, message, messageZh);
        _collecting?.Add(warning);
        if (_warnings++ < Kept) _all.Add(warning);
    }

    /// <summary>
    /// Collects every warning reported until the result is disposed into <paramref name="into"/> as well (kept or not): the
    /// warnings of one setting's value, or of the checks, which the scenario keeps as its own.
    /// </summary>
    public IDisposable CollectWarnings(List<Diagnostic> into)
    {
        var outer = _collecting;
        _collecting = into;
        return new Restore(() => _collecting = outer);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>Adds a diagnostic made elsewhere (a population file's row).</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Error)
        {
            Error(new SourceLocation(diagnostic.File, diagnostic.Line, diagnostic.Column), diagnostic.Path,
                new Bilingual(diagnostic.Message, diagnostic.MessageZh ?? diagnostic.Message));
        }
        else Warning(new SourceLocation(diagnostic.File, diagnostic.Line, diagnostic.Column), diagnostic.Path, diagnostic.Message, diagnostic.MessageZh);
    }

    /// <summary>The exception that reports everything kept, and how many errors were left out.</summary>
    public InputException ToException() => new(_all, OmittedErrors);
}
