using Rdsim.Scenarios.Loading;

namespace Rdsim.Fuzzing.Tests;

/// <summary>Counts how fuzz cases ended and checks that every rejection is located.</summary>
internal sealed class FuzzOutcome
{
    public int Accepted { get; private set; }
    public int Rejected { get; private set; }

    public void Accept() => Accepted++;

    /// <summary>A rejection is acceptable only if every error names a file and, for a file, a line; otherwise it throws with the diagnostics.</summary>
    public bool Reject(InputException e, string file, Func<Diagnostic, bool>? extraCheck = null)
    {
        Rejected++;
        var errors = e.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var located = errors.Count > 0 && errors.All(d =>
            d.File.Length > 0 && (d.Line > 0 || d.File != file) && d.Message.Length > 0 && (extraCheck?.Invoke(d) ?? true));
        return located ? true : throw new InvalidOperationException("A rejection without a location:\n" + string.Join("\n", e.Diagnostics));
    }

    public string Report(string kind) => $"{kind}: {Accepted + Rejected} cases, {Accepted} valid, {Rejected} rejected with located errors, 0 failures";
}
