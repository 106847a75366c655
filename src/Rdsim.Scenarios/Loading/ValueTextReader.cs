using Rdsim.Model.Policy;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Reads back a value as <see cref="ValueText"/> wrote it (a manifest's resolved parameters), by the registry's rules for
/// the parameter, so that two runs' values can be compared year by year rather than as text.
/// </summary>
public static class ValueTextReader
{
    /// <summary>The value of <paramref name="definition"/> written as <paramref name="text"/>; null when it does not read back.</summary>
    public static YearKeyed<object?>? Read(ParameterDefinition definition, string text)
    {
        var (stream, _) = YamlParsing.Load(text);
        if (stream is null || stream.Documents.Count != 1) return null;
        var diagnostics = new DiagnosticBag();
        var value = new ValueParser(diagnostics, ParseContext.ForOverrides("manifest")).Parse(definition, stream.Documents[0].RootNode);
        return diagnostics.HasErrors ? null : value;
    }
}
