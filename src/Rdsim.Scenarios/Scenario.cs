using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios;

/// <summary>
/// A scenario resolved from its file, its <c>extends</c> chain and changes (command-line overrides, values given in code):
/// everything an engine needs except the firms themselves (see <see cref="Populations.PopulationBuilder"/>). Change it with
/// <see cref="With(string, object?, string)"/> and its year-keyed variants, which check the value by the registry's rules
/// and resolve the scenario again; a <c>with</c> expression on its members would bypass them.
/// </summary>
/// <param name="Name">The scenario's name (<c>name:</c>, or the file name).</param>
/// <param name="Description">What the scenario represents (<c>description:</c>).</param>
/// <param name="SourcePath">Full path of the file it was loaded from.</param>
/// <param name="Run">Years, warm-up, seed and replications.</param>
/// <param name="Model">Behaviour and firm-trait distributions.</param>
/// <param name="Policy">The policy in force each year (warm-up years take the first year's).</param>
/// <param name="Population">How many firms, or which file they come from.</param>
/// <param name="Resolved">Every parameter's final value by dotted name, in registry order (for manifests and reports).</param>
/// <param name="ContentHash">SHA-256 (hex) of the canonical resolved parameters: two scenarios with equal hashes run identically.</param>
/// <param name="Universe">What the population stands for (<c>universe:</c>, inherited through <c>extends</c>), if stated.</param>
/// <param name="Fit">What the scenario was fitted to and how well (<c>fit:</c>, inherited through <c>extends</c>), if stated.</param>
/// <param name="Caveats">
/// What not to read into its results (<c>caveats:</c>, inherited through <c>extends</c>), if stated; like <c>universe:</c> and
/// <c>fit:</c> a header, not a parameter: it changes neither the content hash nor the results.
/// </param>
public sealed record Scenario(
    string Name,
    string? Description,
    string SourcePath,
    RunSettings Run,
    ModelParameters Model,
    PolicySchedule Policy,
    PopulationSpec Population,
    IReadOnlyList<ResolvedParameter> Resolved,
    string ContentHash,
    LocalizedText? Universe = null,
    LocalizedText? Fit = null,
    IReadOnlyList<LocalizedText>? Caveats = null)
{
    /// <summary>What loading the scenario found worth a second look: values outside their advisory range (in registry order), then what the values say together.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>
    /// The population's size as the scenario's files write it, before any change (null when they draw no synthetic firms): what its
    /// <c>universe:</c> describes, so a run resized by a change is told apart (<see cref="Populations.UniverseMismatch"/>).
    /// </summary>
    public Populations.PopulationSize? AsWritten { get; init; }

    /// <summary>Every parameter's setting, for <see cref="With(IEnumerable{ScenarioChange})"/>; null for a scenario not built by the loader.</summary>
    internal ResolvedSettings? Settings { get; init; }

    /// <summary>The scenario with <paramref name="name"/> set to <paramref name="value"/> in every year (see <see cref="ScenarioChange.Set"/>).</summary>
    /// <exception cref="InputException">The value is not valid for the parameter, or the scenario is not valid with it.</exception>
    public Scenario With(string name, object? value, string origin = ScenarioChange.InCode) => With([ScenarioChange.Set(name, value, origin)]);

    /// <summary>The scenario with the year-keyed <paramref name="name"/> set to values from given years on, e.g. <c>WithYears("superDeduction.extraRate", (2008, 0.5), (2018, 1.0))</c>.</summary>
    /// <exception cref="InputException">A value or year that is not valid, or a parameter that does not change by year.</exception>
    public Scenario WithYears(string name, params (int Year, object? Value)[] fromYear) =>
        With([ScenarioChange.ByYear(name, fromYear.Select(e => KeyValuePair.Create(e.Year, e.Value)))]);

    /// <summary>The scenario with one year's entry of the year-keyed <paramref name="name"/> set (see <see cref="ScenarioChange.Entry"/>).</summary>
    /// <exception cref="InputException">The value is not valid, or the parameter does not change by year.</exception>
    public Scenario WithEntry(string name, int year, object? value, string origin = ScenarioChange.InCode) =>
        With([ScenarioChange.Entry(name, year, value, origin)]);

    /// <summary>The scenario with <paramref name="changes"/> applied in order, after everything that made it, and checked once.</summary>
    /// <exception cref="InputException">Every error the changes, or the scenario with them, have.</exception>
    public Scenario With(IEnumerable<ScenarioChange> changes) => ScenarioResolver.With(this, changes);

    /// <summary>The value of <paramref name="name"/> by year, in the registry's types (see <see cref="Registry.ParameterDefinition.Default"/>).</summary>
    /// <exception cref="ArgumentException">No such parameter.</exception>
    public YearKeyed<object?> ValueOf(string name) =>
        Settings is { } settings && Registry.ParameterRegistry.Find(name) is not null
            ? settings[name].Value
            : throw new ArgumentException($"'{name}' is not a parameter of this scenario.", nameof(name));
}

/// <summary>Where a scenario's firms come from, and how they enter and leave.</summary>
/// <param name="Firms">Number of synthetic firms in the first reported year (ignored when <paramref name="FromCsv"/> is set).</param>
/// <param name="FromCsv">Full path of a firms CSV file (<c>population.from</c>), resolved relative to the scenario file.</param>
/// <param name="EntryRate">Entrants per reported year after the first, as a share of <paramref name="Firms"/> (synthetic populations only).</param>
/// <param name="ExitRate">Yearly probability that a firm leaves, from the second reported year.</param>
/// <param name="Weight">How many enterprises each synthetic firm stands for (<c>population.weight</c>; a file's <c>weight</c> column wins).</param>
public sealed record PopulationSpec(int Firms, string? FromCsv, double EntryRate = 0, double ExitRate = 0, int Weight = 1)
{
    /// <summary>
    /// The young technology firms among the entrants (<c>population.techEntrantShare</c>, <c>population.techEntrantIntensityScale</c>);
    /// none unless set.
    /// </summary>
    public Model.Firms.TechnologyEntry Technology { get; init; } = Model.Firms.TechnologyEntry.None;
}

/// <summary>One parameter's final value, as text the way a scenario file would write it.</summary>
/// <param name="Name">Dotted name.</param>
/// <param name="Value">The value (year-keyed values as <c>{2008: 0.5, 2018: 0.75}</c>).</param>
/// <param name="Origin">Where it was set: <c>default</c>, a file path with line, or <c>--set</c>.</param>
public sealed record ResolvedParameter(string Name, string Value, string Origin);
