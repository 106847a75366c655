using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Shorthands for registry entries whose default is read from a model record, so that the model's
/// record initialisers stay the one source of truth. Unit, ranges, description and reference are added
/// with <c>with { … }</c>. Parameters bound to <see cref="YearPolicy"/> may change by year; others may not.
/// </summary>
internal static class Define
{
    /// <summary>A number bound to a property of <typeparamref name="T"/>.</summary>
    public static ParameterDefinition Number<T>(string name, T defaults, Func<T, double> get, Func<T, double, T> set, int sectorId = -1) =>
        Make<T>(name, ParameterKind.Number, get(defaults), new ModelBinding<T>((m, v) => set(m, (double)v!), sectorId));

    /// <summary>A whole number bound to an <see cref="int"/> property of <typeparamref name="T"/>.</summary>
    public static ParameterDefinition Integer<T>(string name, T defaults, Func<T, int> get, Func<T, int, T> set) =>
        Make<T>(name, ParameterKind.Integer, (long)get(defaults), new ModelBinding<T>((m, v) => set(m, checked((int)(long)v!))));

    /// <summary>A flag bound to a property of <typeparamref name="T"/>.</summary>
    public static ParameterDefinition Flag<T>(string name, T defaults, Func<T, bool> get, Func<T, bool, T> set) =>
        Make<T>(name, ParameterKind.Bool, get(defaults), new ModelBinding<T>((m, v) => set(m, (bool)v!)));

    /// <summary>A setting the loader reads by name (simulation and population sizes), not year-keyed.</summary>
    public static ParameterDefinition Setting(string name, ParameterKind kind, object? defaultValue) => new()
    {
        Name = name,
        Section = SectionOf(name),
        Kind = kind,
        Default = defaultValue,
        YearKeyed = false,
    };

    /// <summary>A setting the loader reads by name that may change by year (what each year's cohort of entrants is like).</summary>
    public static ParameterDefinition SettingByYear(string name, ParameterKind kind, object? defaultValue) =>
        Setting(name, kind, defaultValue) with { YearKeyed = true };

    /// <summary>A policy entry of any kind with a custom binding (year-keyed).</summary>
    public static ParameterDefinition Policy(string name, ParameterKind kind, object? defaultValue, Func<YearPolicy, object?, YearPolicy> apply) =>
        Make<YearPolicy>(name, kind, defaultValue, new ModelBinding<YearPolicy>(apply));

    /// <summary>The section of a dotted name: its first segment.</summary>
    public static string SectionOf(string name) => name[..name.IndexOf('.', StringComparison.Ordinal)];

    private static ParameterDefinition Make<T>(string name, ParameterKind kind, object? defaultValue, ParameterBinding binding) => new()
    {
        Name = name,
        Section = SectionOf(name),
        Kind = kind,
        Default = defaultValue,
        YearKeyed = typeof(T) == typeof(YearPolicy),
        Binding = binding,
    };
}
