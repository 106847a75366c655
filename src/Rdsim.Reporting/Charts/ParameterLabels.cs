namespace Rdsim.Reporting.Charts;

/// <summary>
/// Short names of swept parameters for labels on a chart: each name's last part (<c>extraRate</c> for
/// <c>superDeduction.extraRate</c>), or as many of its last parts as keep it apart from the others (two parameters ending in
/// <c>patentScale</c> keep the part before it), so that no two labels read alike.
/// </summary>
public static class ParameterLabels
{
    /// <summary>The shortest dotted suffix of each of <paramref name="names"/> that no other name ends with the same way.</summary>
    public static IReadOnlyList<string> Shortest(IReadOnlyList<string> names)
    {
        var parts = names.Select(n => n.Split('.')).ToList();
        return [.. parts.Select((p, i) =>
        {
            for (var take = 1; take < p.Length; take++)
            {
                var suffix = Suffix(p, take);
                if (!parts.Where((_, j) => j != i).Any(other => Suffix(other, take) == suffix)) return suffix;
            }
            return names[i];
        })];
    }

    private static string Suffix(string[] parts, int take) => string.Join('.', parts[Math.Max(0, parts.Length - take)..]);
}
