namespace Rdsim.Scenarios.Loading;

/// <summary>One scenario file as read: its header and its own settings (before <c>extends</c> is applied).</summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Name">The <c>name:</c> value, if any.</param>
/// <param name="Description">The <c>description:</c> value, if any.</param>
/// <param name="Extends">The <c>extends:</c> path as written, if any.</param>
/// <param name="ExtendsAt">Where <c>extends:</c> was written.</param>
/// <param name="Settings">The parameters this file sets.</param>
/// <param name="Universe">The <c>universe:</c> value (what the population stands for), this file's or the nearest file it extends.</param>
/// <param name="Fit">The <c>fit:</c> value (fitted to what, how well), this file's or the nearest file it extends.</param>
/// <param name="Caveats">The <c>caveats:</c> list (what not to read into the results), this file's or the nearest file it extends.</param>
internal sealed record ScenarioDocument(
    string FullPath,
    string? Name,
    string? Description,
    string? Extends,
    SourceLocation? ExtendsAt,
    IReadOnlyDictionary<string, Setting> Settings,
    LocalizedText? Universe = null,
    LocalizedText? Fit = null,
    IReadOnlyList<LocalizedText>? Caveats = null);
