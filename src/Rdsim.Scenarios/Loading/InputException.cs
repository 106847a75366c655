namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Bad input: a scenario, override or population file that cannot be used. Carries every error found
/// (not just the first), each with its location. The command line turns it into exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>An input error with its diagnostics.</summary>
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>A single input error.</summary>
    public InputException(Diagnostic diagnostic) : this([diagnostic])
    {
    }

    /// <summary>Everything found wrong (errors, and any warnings found alongside).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
