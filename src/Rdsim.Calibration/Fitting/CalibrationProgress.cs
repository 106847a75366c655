namespace Rdsim.Calibration.Fitting;

/// <summary>Progress of a search: once before its first simulation, when its inputs have been checked, then after each simulation.</summary>
/// <param name="Evaluations">Simulations run so far (0 before the first).</param>
/// <param name="MaxEvaluations">The budget.</param>
/// <param name="Current">The distance of the last simulation (NaN before the first).</param>
/// <param name="Best">The smallest distance so far (NaN before the first).</param>
public sealed record CalibrationProgress(int Evaluations, int MaxEvaluations, double Current, double Best);
