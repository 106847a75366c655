namespace Rdsim.Scenarios.IO;

/// <summary>A file rdsim wrote: where (relative to its output folder, with <c>/</c>), its content's SHA-256 and its size.</summary>
/// <param name="Path">Relative path, e.g. <c>charts/rd_over_time.png</c>.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record FileRecord(string Path, string Sha256, long Bytes);
