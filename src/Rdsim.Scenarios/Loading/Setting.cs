using Rdsim.Model.Policy;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>A parameter's value (possibly year-keyed) and where it was set; <see cref="Origin"/> is null for defaults.</summary>
/// <param name="Definition">The parameter.</param>
/// <param name="Value">The value by year (a constant for parameters that are not year-keyed).</param>
/// <param name="Origin">Where it was written, or null for the registry default.</param>
internal sealed record Setting(ParameterDefinition Definition, YearKeyed<object?> Value, SourceLocation? Origin)
{
    /// <summary>What reading the value found worth a second look (values outside the advisory range), located where it was written.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The registry default.</summary>
    public static Setting Default(ParameterDefinition definition) => new(definition, new YearKeyed<object?>(definition.Default), null);

    /// <summary>The origin as shown in manifests: <c>default</c>, <c>path:line</c> or <c>--set</c>.</summary>
    public string OriginText => Origin?.OriginText ?? "default";
}
