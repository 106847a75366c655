namespace Rdsim.Scenarios.Registry;

/// <summary>
/// One parameter as data: its dotted name, kind, default, unit, ranges, description and source. The
/// registry holds one per parameter; loading, validation, manifests and the generated docs all read it.
/// </summary>
public sealed record ParameterDefinition
{
    /// <summary>Dotted name as written in scenario files and <c>--set</c>, e.g. <c>hnte.rate</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The section it is listed under, e.g. <c>hnte</c> or <c>population.sectors.software</c>.</summary>
    public required string Section { get; init; }

    /// <summary>What kind of value it takes.</summary>
    public required ParameterKind Kind { get; init; }

    /// <summary>
    /// The default: a <see cref="double"/> (Number, SectorNumber), <see cref="long"/> (Integer), <see cref="bool"/>,
    /// <see cref="string"/> (RuleSet, Path), a list of sector keys (SectorList), or null (unset). Values read from a
    /// file are of the same types, and a <see cref="double"/> array (NumberList) or a <see cref="bool"/> or
    /// <see cref="bool"/> array (FlagList).
    /// </summary>
    public required object? Default { get; init; }

    /// <summary>Unit of measurement (e.g. <c>mn CNY</c>, <c>share of revenue</c>, <c>years</c>).</summary>
    public string Unit { get; init; } = "";

    /// <summary>Values outside this range are errors (numbers only; for a list, each of its numbers).</summary>
    public ValueRange? Valid { get; init; }

    /// <summary>Values outside this range are allowed with a warning (numbers only; for a list, each of its numbers).</summary>
    public ValueRange? Advisory { get; init; }

    /// <summary>For a <see cref="ParameterKind.NumberList"/>: whether each number must exceed the one before (band edges).</summary>
    public bool Ascending { get; init; }

    /// <summary>
    /// Added to the warning for a value outside <see cref="Advisory"/>: the likely mistake behind it
    /// (e.g. a deduction of "150%" written as 1.5 instead of the extra rate 0.5).
    /// </summary>
    public string AdvisoryHint { get; init; } = "";

    /// <summary><see cref="AdvisoryHint"/> in Chinese.</summary>
    public string AdvisoryHintZh { get; init; } = "";

    /// <summary>
    /// Whether the parameter is a behavioural assumption the literature does not pin down and the headline numbers depend on:
    /// <c>rdsim sensitivity</c> varies each such parameter to both ends of its <see cref="Advisory"/> range by default.
    /// </summary>
    public bool Uncertain { get; init; }

    /// <summary>Whether the value may change by year (<c>{2008: 0.5, 2018: 0.75}</c>).</summary>
    public required bool YearKeyed { get; init; }

    /// <summary>
    /// Whether the parameter is an override that starts unset (a year-keyed parameter whose default is null): in
    /// years before its first entry it is unset, not its first value, so <c>{2023: 1.2}</c> changes nothing before 2023.
    /// </summary>
    public bool StartsUnset => YearKeyed && Default is null;

    /// <summary>One-line description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The description in Chinese, in the terms of docs/glossary-zh.md (a Chinese brief's parameter table shows it).</summary>
    public string DescriptionZh { get; init; } = "";

    /// <summary>The legal text or literature the parameter or its default comes from.</summary>
    public string Reference { get; init; } = "";

    /// <summary>The allowed names of a <see cref="ParameterKind.RuleSet"/> parameter.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>How the value reaches the model's records (null for settings the loader reads by name).</summary>
    internal ParameterBinding? Binding { get; init; }
}
