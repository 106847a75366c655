using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>Every parameter's final setting, in registry order: what the files and overrides set, defaults elsewhere.</summary>
internal sealed class ResolvedSettings
{
    private readonly Dictionary<string, Setting> _byName;

    /// <summary>Completes <paramref name="set"/> with registry defaults.</summary>
    public ResolvedSettings(IReadOnlyDictionary<string, Setting> set)
    {
        All = ParameterRegistry.All.Select(p => set.TryGetValue(p.Name, out var s) ? s : Setting.Default(p)).ToArray();
        _byName = All.ToDictionary(s => s.Definition.Name, StringComparer.Ordinal);
    }

    /// <summary>Every setting, in registry order.</summary>
    public IReadOnlyList<Setting> All { get; }

    /// <summary>The setting of a parameter.</summary>
    public Setting this[string name] => _byName[name];

    /// <summary>The value of a parameter that is not year-keyed.</summary>
    public object? Constant(string name) => _byName[name].Value.At(0);

    /// <summary>The value of an integer parameter that is not year-keyed.</summary>
    public long Integer(string name) => (long)Constant(name)!;
}
