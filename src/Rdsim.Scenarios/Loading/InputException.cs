namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Bad input: a scenario, override or population file that cannot be used. Carries the errors found (not just
/// the first; at most the first <see cref="DiagnosticBag.Kept"/>, and how many more there were), each with its
/// location. The command line turns it into exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>An input error with its diagnostics, and the number of further errors found but not kept.</summary>
    public InputException(IReadOnlyList<Diagnostic> diagnostics, int omittedErrors = 0)
        : this(Trim(diagnostics, omittedErrors))
    {
    }

    /// <summary>A single input error.</summary>
    public InputException(Diagnostic diagnostic) : this([diagnostic])
    {
    }

    private InputException((IReadOnlyList<Diagnostic> Kept, int Omitted) trimmed)
        : base(string.Join(Environment.NewLine, trimmed.Omitted > 0
            ? [.. trimmed.Kept.Select(d => d.ToString()), OmittedText(trimmed.Omitted)]
            : trimmed.Kept.Select(d => d.ToString())))
    {
        (Diagnostics, OmittedErrors) = trimmed;
    }

    /// <summary>What is reported (errors, and any warnings found alongside).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Errors found beyond those in <see cref="Diagnostics"/> (none unless the input had many).</summary>
    public int OmittedErrors { get; }

    /// <summary>The line that says how many errors are not shown, in Chinese when <paramref name="chinese"/>.</summary>
    public static string OmittedText(int omitted, bool chinese = false) => new Bilingual(
        $"… and {omitted:N0} more error{(omitted == 1 ? "" : "s")} (the first {DiagnosticBag.Kept} are shown).",
        $"……另有 {omitted:N0} 个错误（只显示前 {DiagnosticBag.Kept} 个）。").For(chinese);

    /// <summary>The first <see cref="DiagnosticBag.Kept"/> errors (and the warnings among them); the rest are counted.</summary>
    private static (IReadOnlyList<Diagnostic>, int) Trim(IReadOnlyList<Diagnostic> diagnostics, int omitted)
    {
        var errors = 0;
        var kept = diagnostics.Where(d => d.Severity != Severity.Error || ++errors <= DiagnosticBag.Kept).ToList();
        return (kept, omitted + Math.Max(0, errors - DiagnosticBag.Kept));
    }
}
