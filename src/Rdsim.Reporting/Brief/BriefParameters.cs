using Rdsim.Reporting.Files;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The resolved parameters of a run (its manifest's) as the brief groups them: scalars by what a reader judges them as (tax
/// policy, behaviour and market, the run and its population) and the per-sector traits as one value per sector and trait.
/// A parameter whose value is <c>null</c> (an override left unset, such as a sector's own deduction rate) says nothing about
/// the run and is left out; the workbook's parameters sheet lists it (<see cref="Workbook.ParametersSheet"/>).
/// </summary>
public static class BriefParameters
{
    /// <summary>The prefix of a sector trait's key: <c>population.sectors.&lt;sector&gt;.&lt;trait&gt;</c>.</summary>
    public const string SectorPrefix = "population.sectors.";

    /// <summary>The registry's sections of each scalar group, in the order of <see cref="BriefText.ParameterGroups"/>.</summary>
    private static readonly string[][] GroupSections =
    [
        ["cit", "hnte", "superDeduction", "credit", "loss"],
        ["behaviour", "market"],
        ["simulation", "population"],
    ];

    /// <summary>The parameters of <paramref name="scenario"/> that hold a value.</summary>
    public static IEnumerable<ManifestParameter> Valued(ManifestScenario scenario) => scenario.Parameters.Where(p => p.Value != "null");

    /// <summary>The scalars of <paramref name="scenario"/> (everything but the sector traits), in registry order, one list per group.</summary>
    public static IReadOnlyList<IReadOnlyList<ManifestParameter>> Groups(ManifestScenario scenario)
    {
        var scalars = Valued(scenario).Where(p => Trait(p.Name) is null).ToList();
        return [.. GroupSections.Select(sections => (IReadOnlyList<ManifestParameter>)[.. scalars.Where(p => sections.Contains(Section(p.Name)))])];
    }

    /// <summary>The sector traits of <paramref name="scenario"/>, each with its sector's and its trait's key, in registry order.</summary>
    public static IReadOnlyList<SectorTrait> Traits(ManifestScenario scenario) =>
        [.. Valued(scenario).Select(p => Trait(p.Name) is { } t ? t with { Parameter = p } : null).OfType<SectorTrait>()];

    /// <summary>The sector and trait of a key <c>population.sectors.&lt;sector&gt;.&lt;trait&gt;</c>, or null for any other key.</summary>
    private static SectorTrait? Trait(string name)
    {
        if (!name.StartsWith(SectorPrefix, StringComparison.Ordinal)) return null;
        var parts = name[SectorPrefix.Length..].Split('.');
        return parts.Length == 2 ? new SectorTrait(parts[0], parts[1], new ManifestParameter(name, "", "")) : null;
    }

    private static string Section(string name) => name.Split('.')[0];
}

/// <summary>One sector's value of one trait.</summary>
/// <param name="Sector">The sector's key (<c>software</c>).</param>
/// <param name="Key">The trait's key (<c>revenueMedian</c>).</param>
/// <param name="Parameter">The parameter as the manifest holds it.</param>
public sealed record SectorTrait(string Sector, string Key, ManifestParameter Parameter);
