using System.Globalization;
using Rdsim.Model.Policy;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios;

/// <summary>
/// One change to a scenario, applied after its files: a parameter set to a value or to values by year, one year's entry
/// of a year-keyed parameter, or an override as the user typed it (<c>--set name=value</c>, parsed here, where it was
/// typed). Values given in code are checked by the same registry rules as values read from text. Each change names where
/// it came from (<see cref="Origin"/>): errors and warnings are reported against it, and manifests record it.
/// </summary>
/// <param name="Origin">What gave the change: an option (<c>--set</c>, <c>--seed</c>), a file, or <see cref="InCode"/>.</param>
public abstract record ScenarioChange(string Origin)
{
    /// <summary>The origin of changes made in code (<see cref="Scenario.With(string, object?, string)"/>), as manifests show it.</summary>
    public const string InCode = "Scenario.With";

    /// <summary>The option of overrides typed with <c>--set</c>.</summary>
    public const string SetOption = "--set";

    /// <summary>
    /// Sets <paramref name="name"/> to <paramref name="value"/> in every year: a number, a whole number, a flag, a rule-set
    /// name, a path, a list (of numbers, flags or sector keys), or null where the parameter may be unset.
    /// </summary>
    public static ScenarioChange Set(string name, object? value, string origin = InCode) => new Constant(name, value, origin);

    /// <summary>Sets the year-keyed <paramref name="name"/> to values from given years on (<c>{2008: 0.5, 2018: 1.0}</c>).</summary>
    public static ScenarioChange ByYear(string name, IEnumerable<KeyValuePair<int, object?>> fromYear, string origin = InCode) =>
        new Years(name, [.. fromYear], origin);

    /// <summary>
    /// Sets one year's entry of the year-keyed <paramref name="name"/>: <paramref name="value"/> from <paramref name="year"/> on
    /// (until the next entry); the other entries keep the scenario's values. A value that never changed holds its old value
    /// from the run's first year until then.
    /// </summary>
    public static ScenarioChange Entry(string name, int year, object? value, string origin = InCode) => new OneYear(name, year, value, origin);

    /// <summary>An override as typed, <c>name=value</c> (the value YAML, as in a scenario file), from <paramref name="option"/>.</summary>
    public static ScenarioChange Parse(string text, string option = SetOption) => new Typed(text, null, option);

    /// <summary>The value <paramref name="valueText"/> of <paramref name="name"/> as typed (a swept value), from <paramref name="option"/>.</summary>
    public static ScenarioChange Parse(string name, string valueText, string option) => new Typed(name, valueText, option);

    /// <summary>The changes typed with <c>--set</c>.</summary>
    public static IReadOnlyList<ScenarioChange> ParseAll(IEnumerable<string> texts, string option = SetOption) => [.. texts.Select(t => Parse(t, option))];

    /// <summary>Applies the change to the settings set so far (files, then earlier changes), reporting what is wrong.</summary>
    internal abstract void Apply(IDictionary<string, Setting> settings, DiagnosticBag diagnostics);

    /// <summary>The change as <c>--set</c> would take it, for a command line that reproduces a run.</summary>
    public abstract override string ToString();

    private SourceLocation At => new(Origin, 0, 0);

    /// <summary>The parameter called <paramref name="name"/>, or null after reporting that there is none.</summary>
    private protected ParameterDefinition? Find(string name, DiagnosticBag diagnostics)
    {
        if (ParameterRegistry.Find(name) is { } definition) return definition;
        diagnostics.CostlyError(At, name, () => ParameterRegistry.IsGroup(name) ? Group(name) : ParameterRegistry.Unknown(name, Excerpt.Of(name)));
        return null;
    }

    /// <summary>A group named where a parameter was expected.</summary>
    private static Bilingual Group(string name)
    {
        var example = ParameterRegistry.All.First(p => p.Name.StartsWith(name + ".", StringComparison.Ordinal)).Name;
        return new($"{name} is a group of parameters; set them one by one, e.g. {example}.", $"{name} 是一组参数；请逐个设置，例如 {example}。");
    }

    /// <summary>Stores a value read in code, with the warnings reading it found.</summary>
    private protected void Store(IDictionary<string, Setting> settings, DiagnosticBag diagnostics, ParameterDefinition definition,
        Func<CodeValueReader, YearKeyed<object?>?> read)
    {
        var warnings = new List<Diagnostic>();
        using (diagnostics.CollectWarnings(warnings))
        {
            if (read(new CodeValueReader(diagnostics)) is { } value) settings[definition.Name] = new Setting(definition, value, At) { Warnings = warnings };
        }
    }

    private protected static string Text(string name, YearKeyed<object?> value) => $"{name}={ValueText.Format(value)}";

    private sealed record Constant(string Name, object? Value, string Origin) : ScenarioChange(Origin)
    {
        internal override void Apply(IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
        {
            if (Find(Name, diagnostics) is not { } definition) return;
            Store(settings, diagnostics, definition, reader => reader.TryRead(definition, Value, new SourceLocation(Origin, 0, 0), out var value)
                ? new YearKeyed<object?>(value) : null);
        }

        public override string ToString() => Text(Name, new YearKeyed<object?>(Value));
    }

    private sealed record Years(string Name, IReadOnlyList<KeyValuePair<int, object?>> FromYear, string Origin) : ScenarioChange(Origin)
    {
        internal override void Apply(IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
        {
            if (Find(Name, diagnostics) is not { } definition) return;
            Store(settings, diagnostics, definition, reader => reader.TryReadByYear(definition, FromYear, new SourceLocation(Origin, 0, 0)));
        }

        public override string ToString() => FromYear.Count == 0 ? $"{Name}={{}}" : Text(Name, new YearKeyed<object?>(FromYear));
    }

    private sealed record OneYear(string Name, int Year, object? Value, string Origin) : ScenarioChange(Origin)
    {
        internal override void Apply(IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
        {
            if (Find(Name, diagnostics) is not { } definition) return;
            var entries = new SortedDictionary<int, object?>();
            foreach (var (year, value) in (settings.TryGetValue(Name, out var set) ? set : Setting.Default(definition)).Value.Entries) entries[year] = value;
            // A value that never changed holds from the run's first year: its entry is keyed by that year, as a file writes it.
            if (!definition.StartsUnset && entries.Remove(int.MinValue, out var always)) entries.TryAdd(FirstYear(settings), always);
            entries[Year] = Value;
            Store(settings, diagnostics, definition, reader => reader.TryReadByYear(definition,
                entries.Where(e => e.Key != int.MinValue), new SourceLocation(Origin, 0, 0)));
        }

        public override string ToString() => $"{Name}@{Year.ToString(CultureInfo.InvariantCulture)}={ValueText.Format(Value)}";

        private static int FirstYear(IDictionary<string, Setting> settings) =>
            (int)(long)(settings.TryGetValue("simulation.firstYear", out var first) ? first : Setting.Default(ParameterRegistry.Find("simulation.firstYear")!)).Value.At(0)!;
    }

    private sealed record Typed(string TextOrName, string? ValueText, string Origin) : ScenarioChange(Origin)
    {
        internal override void Apply(IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
        {
            if (ValueText is null) OverrideReader.Apply(TextOrName, Origin, settings, diagnostics);
            else OverrideReader.Apply(TextOrName, ValueText, Origin, settings, diagnostics);
        }

        public override string ToString() => ValueText is null ? TextOrName : $"{TextOrName}={ValueText}";
    }
}
