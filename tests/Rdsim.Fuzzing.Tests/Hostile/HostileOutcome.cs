using System.Text.RegularExpressions;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// What may come of a hostile input, and the tally of one class of them. Allowed: a valid result (0), an I/O fault (1)
/// or bad input (2), each said in at most a screenful of plain lines. A crash is anything else — an abort (134, a stack
/// overflow), a kill (137, the kernel's OOM killer), any other code, a stack trace, "The run failed" — and a hang is a
/// run past the time limit.
/// </summary>
internal sealed partial class HostileOutcome(string kind)
{
    /// <summary>The most lines an answer may have: the first 20 errors, the count of the rest, and a few warnings.</summary>
    public const int MaxLines = 30;

    private readonly SortedDictionary<int, int> _exitCodes = [];
    private readonly List<string> _failures = [];
    private int _cases;
    private int _hangs;
    private int _crashes;
    private TimeSpan _slowest;

    /// <summary>Records one run; false (with the reason kept) when it crashed or hung.</summary>
    public bool Record(HostileCase input, RdsimProcess.Outcome outcome)
    {
        _cases++;
        if (outcome.Elapsed > _slowest) _slowest = outcome.Elapsed;
        if (outcome.ExitCode is not { } code)
        {
            _hangs++;
            return Fail(input, $"still running after {outcome.Elapsed.TotalSeconds:F0} s (a hang)", outcome.Error);
        }
        _exitCodes[code] = _exitCodes.GetValueOrDefault(code) + 1;
        var lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var problem = code is not (0 or 1 or 2) ? $"exit code {code} (an abort or a kill)"
            : StackFrame().IsMatch(outcome.Error) ? "a stack trace"
            : outcome.Error.Contains("The run failed", StringComparison.Ordinal) ? "an unexpected exception (\"The run failed\")"
            : lines.Length > MaxLines ? $"{lines.Length} lines on standard error"
            : code == 2 && !lines.Any(l => l.Contains("error:", StringComparison.Ordinal)) ? "exit code 2 without a located error"
            : null;
        if (problem is null) return true;
        _crashes++;
        return Fail(input, problem, outcome.Error);
    }

    /// <summary>"deep nesting: 30 cases, 0 crashes, 0 hangs (exit 2: 30), slowest 1.2 s" for the test output and the README.</summary>
    public string Report() =>
        $"{kind}: {_cases} cases, {_crashes} crashes, {_hangs} hangs ({string.Join(", ", _exitCodes.Select(e => $"exit {e.Key}: {e.Value}"))}), " +
        $"slowest {_slowest.TotalSeconds:F1} s";

    /// <summary>Every failure so far, for the assertion message.</summary>
    public string Failures => string.Join("\n\n", _failures);

    private bool Fail(HostileCase input, string problem, string error)
    {
        _failures.Add($"{input.Name}: {problem}\n{(error.Length > 2000 ? error[..2000] + "…" : error)}");
        return false;
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
