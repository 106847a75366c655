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
            var (columns, found) = (string.Join(",", PopulationCsvColumns.All), Excerpt.Of(string.Join(",", names)));
            errors.Add(Error(path, "", new($"line 1 must be a header naming the columns ({columns}); found '{found}'", $"第 1 行必须是列名表头（{columns}）；实际为 '{found}'")));
            return null;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (name.Length == 0)
                errors.Add(Error(path, "", new($"column {i + 1} has no name", $"第 {i + 1} 列没有列名")));
            else if (!PopulationCsvColumns.All.Contains(name))
            {
                var known = string.Join(", ", PopulationCsvColumns.All);
                errors.Add(Error(path, name, new Bilingual($"unknown column '{Excerpt.Of(name)}'", $"未知列 '{Excerpt.Of(name)}'") + Suggestion(name)
                    + new Bilingual($"; known columns: {known}", $"；已知列：{known}")));
            }
            else if (!positions.TryAdd(name, i))
                errors.Add(Error(path, name, new($"column '{name}' appears more than once", $"列 '{name}' 出现了不止一次")));
        }
        foreach (var required in PopulationCsvColumns.Required.Where(r => !positions.ContainsKey(r)))
            errors.Add(Error(path, required, new($"required column '{required}' is missing", $"缺少必需的列 '{required}'")));
        return positions;
    }

    private static Diagnostic Error(string path, string column, Bilingual message) => Diagnostic.Error(path, 1, 0, column, message);

    private static Bilingual Suggestion(string name)
    {
        var best = PopulationCsvColumns.All.MinBy(known => Distance(name.ToLowerInvariant(), known))!;
        return Distance(name.ToLowerInvariant(), best) <= 2 ? new($" (did you mean '{best}'?)", $"（是否想写 '{best}'？）") : Bilingual.Same("");
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
