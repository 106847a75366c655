namespace Rdsim.Scenarios.Registry;

/// <summary>Finds the closest known name to a misspelt one (case-insensitive edit distance).</summary>
public static class NameSuggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="unknown"/>, or null when even the closest needs more than a
    /// third of the name's characters changed (and more than two).
    /// </summary>
    public static string? Closest(string unknown, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, unknown.Length / 3);
        var lower = unknown.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: names that far apart are never suggested.
            if (Math.Abs(candidate.Length - unknown.Length) > limit) continue;
            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
