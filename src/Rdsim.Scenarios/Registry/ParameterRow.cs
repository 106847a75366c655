namespace Rdsim.Scenarios.Registry;

/// <summary>One parameter as text, ready for a table (the <c>params</c> verb, generated docs).</summary>
/// <param name="Section">Section it is listed under.</param>
/// <param name="Name">Dotted name.</param>
/// <param name="Kind">Kind of value (<c>number</c>, <c>integer</c>, …; with <c>, by year</c> when year-keyed).</param>
/// <param name="Default">Default value as a scenario file would write it.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Valid">Valid range, or the allowed names, or empty.</param>
/// <param name="Advisory">Advisory range, or empty.</param>
/// <param name="Description">One-line description.</param>
/// <param name="Reference">Legal or literature reference.</param>
/// <param name="Uncertain">Whether <c>rdsim sensitivity</c> varies it by default (<see cref="ParameterDefinition.Uncertain"/>).</param>
public sealed record ParameterRow(
    string Section,
    string Name,
    string Kind,
    string Default,
    string Unit,
    string Valid,
    string Advisory,
    string Description,
    string Reference,
    bool Uncertain = false);
