using Rdsim.Scenarios.IO;

namespace Rdsim.Calibration.Output;

/// <summary>
/// <c>calibration.json</c>: the files of one calibration (the fit table, its chart, the fitted scenario), each with its
/// SHA-256, and the command that produced them. Removed before the outputs are written and written after all of them,
/// so a folder with it holds the outputs of one calibration, and one without it is incomplete.
/// </summary>
/// <param name="Tool">Always <c>rdsim</c>.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Command">The command that produced the files.</param>
/// <param name="FinishedAt">When they were written (UTC).</param>
/// <param name="Files">Each file, relative to the calibration folder, with its hash and size.</param>
public sealed record CalibrationManifest(string Tool, string Version, string Command, DateTimeOffset FinishedAt, IReadOnlyList<FileRecord> Files);
