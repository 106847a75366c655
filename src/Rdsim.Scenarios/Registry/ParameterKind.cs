namespace Rdsim.Scenarios.Registry;

/// <summary>What kind of value a parameter takes, and so how a scenario file writes it.</summary>
public enum ParameterKind
{
    /// <summary>A finite real number, e.g. <c>0.15</c>.</summary>
    Number,

    /// <summary>A whole number, e.g. <c>3</c>.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>The name of a predefined rule set, e.g. <c>rules2016</c>.</summary>
    RuleSet,

    /// <summary>A list of sector keys (the group key <c>manufacturing</c> expands), e.g. <c>[tobacco, realEstate]</c>.</summary>
    SectorList,

    /// <summary>A number for one sector or sector group that overrides a general value; <c>null</c> (unset) means no override.</summary>
    SectorNumber,

    /// <summary>A file path, resolved relative to the scenario file that sets it; <c>null</c> means none.</summary>
    Path,

    /// <summary>
    /// A list of numbers that overrides part of a preset, e.g. <c>[50, 200]</c>; <c>null</c> (unset) means the preset's.
    /// Each number is checked against the ranges, and with <see cref="ParameterDefinition.Ascending"/> must exceed the one before.
    /// </summary>
    NumberList,

    /// <summary>
    /// Flags that override part of a preset: <c>true</c> or <c>false</c> for every item, or one per item, e.g.
    /// <c>[false, true]</c>; <c>null</c> (unset) means the preset's.
    /// </summary>
    FlagList,
}
