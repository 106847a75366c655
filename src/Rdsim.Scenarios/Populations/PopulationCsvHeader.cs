using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Populations;

/// <summary>Checks a population file's header line and maps column names to field positions.</summary>
internal static class PopulationCsvHeader
{
    /// <summary>
    /// The position of each known column in <paramref name="header"/>; adds an error for every unknown,
    /// duplicate or missing required column. Returns null when the line is no header at all.
    /// </summary>
    public static Dictionary<string, int>? Map(string path, string[] header, DiagnosticBag errors)
    {
        var names = header.Select(h => h.Trim()).ToArray();
        if (!names.Any(PopulationCsvColumns.All.Contains))
        {
            errors.Add(Error(path, "", $"line 1 must be a header naming the columns ({string.Join(",", PopulationCsvColumns.All)}); found '{Excerpt.Of(string.Join(",", names))}'"));
            return null;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (name.Length == 0)
                errors.Add(Error(path, "", $"column {i + 1} has no name"));
            else if (!PopulationCsvColumns.All.Contains(name))
                errors.Add(Error(path, name, $"unknown column '{Excerpt.Of(name)}'{Suggestion(name)}; known columns: {string.Join(", ", PopulationCsvColumns.All)}"));
            else if (!positions.TryAdd(name, i))
                errors.Add(Error(path, name, $"column '{name}' appears more than once"));
        }
        foreach (var required in PopulationCsvColumns.Required.Where(r => !positions.ContainsKey(r)))
            errors.Add(Error(path, required, $"required column '{required}' is missing"));
        return positions;
    }

    private static Diagnostic Error(string path, string column, string message) =>
        new(Severity.Error, path, 1, 0, column, message);

    private static string Suggestion(string name)
    {
        var best = PopulationCsvColumns.All.MinBy(known => Distance(name.ToLowerInvariant(), known))!;
        return Distance(name.ToLowerInvariant(), best) <= 2 ? $" (did you mean '{best}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
