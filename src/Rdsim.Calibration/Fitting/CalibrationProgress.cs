namespace Rdsim.Calibration.Fitting;

/// <summary>Progress of a search after each simulation.</summary>
/// <param name="Evaluations">Simulations run so far.</param>
/// <param name="MaxEvaluations">The budget.</param>
/// <param name="Current">The distance of the last simulation.</param>
/// <param name="Best">The smallest distance so far.</param>
public sealed record CalibrationProgress(int Evaluations, int MaxEvaluations, double Current, double Best);
