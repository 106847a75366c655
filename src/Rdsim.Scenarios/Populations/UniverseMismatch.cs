using System.Globalization;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// A run whose population no longer stands for the universe its scenario describes (<c>universe:</c>): changes (<c>--set</c>,
/// <c>--vary</c>) gave it another firms × weight than the scenario's files, so its totals are for fewer or more enterprises
/// than the universe sentence says (2,000 firms × 92 = 184,000, not 920,000). A run from a firms file has no such measure.
/// </summary>
/// <param name="Run">The firms and weight the run draws.</param>
/// <param name="Written">The firms and weight of the scenario as its files write it.</param>
/// <param name="Changes">The changes that set them, as typed (<c>--set population.firms=2000</c>).</param>
public sealed record UniverseMismatch(PopulationSize Run, PopulationSize Written, IReadOnlyList<string> Changes)
{
    /// <summary>The mismatch of <paramref name="scenario"/>, or null when its population stands for the universe it describes (or it describes none).</summary>
    public static UniverseMismatch? Of(Scenario scenario)
    {
        if (scenario.Universe is null || scenario.Population.FromCsv is not null || scenario.AsWritten is not { } written) return null;
        var run = new PopulationSize(scenario.Population.Firms, scenario.Population.Weight);
        if (run.Enterprises == written.Enterprises) return null;
        // Only changes name an option as their origin; a file's value names the file.
        var changes = scenario.Resolved
            .Where(p => p.Name is "population.firms" or "population.weight" && p.Origin.StartsWith("--", StringComparison.Ordinal))
            .Select(p => $"{p.Origin} {p.Name}={p.Value}");
        return new(run, written, [.. changes]);
    }

    /// <summary>The weight that would make the run's firms stand for the universe again, when a whole number does.</summary>
    [System.Text.Json.Serialization.JsonIgnore]   // manifests keep the sizes; this follows from them
    public int? KeepingWeight => Written.Enterprises % Run.Firms == 0 ? (int)(Written.Enterprises / Run.Firms) : null;

    /// <summary>The warning, naming the changes, both sizes and the weight that keeps the universe.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Bilingual Warning
    {
        get
        {
            var changes = string.Join(" ", Changes);
            var keep = KeepingWeight is { } w ? new Bilingual($"; add --set population.weight={w.ToString(CultureInfo.InvariantCulture)} to keep it", $"；如需保持，请同时使用 --set population.weight={w.ToString(CultureInfo.InvariantCulture)}") : Bilingual.Same("");
            return new Bilingual(
                $"{changes}: warning: the totals are for firms × weight = {N(Run.Firms)} × {N(Run.Weight)} = {N(Run.Enterprises)} enterprises, "
                    + $"not the universe the scenario describes ({N(Written.Firms)} × {N(Written.Weight)} = {N(Written.Enterprises)})" + keep.En,
                $"{changes}: 警告: 各项总量对应企业数 × 权重 = {N(Run.Firms)} × {N(Run.Weight)} = {N(Run.Enterprises)}家企业，"
                    + $"而非情景所描述的总体（{N(Written.Firms)} × {N(Written.Weight)} = {N(Written.Enterprises)}家）" + keep.Zh);
        }
    }

    private static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
