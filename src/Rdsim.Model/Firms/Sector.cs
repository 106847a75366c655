namespace Rdsim.Model.Firms;

/// <summary>
/// One industry of the model's fixed sector list. Sectors are identified by a small integer so that
/// per-sector parameters and aggregates live in plain arrays.
/// </summary>
/// <param name="Id">Index into <see cref="Sectors.All"/>.</param>
/// <param name="Key">The camelCase key used in scenario files and output columns.</param>
/// <param name="NameEn">English name for tables and charts.</param>
/// <param name="NameZh">Chinese name (GB/T 4754 industry wording) for Chinese charts.</param>
/// <param name="IsManufacturing">Part of manufacturing (制造业); the group key <c>manufacturing</c> selects these.</param>
public sealed record Sector(int Id, string Key, string NameEn, string NameZh, bool IsManufacturing);
