namespace Rdsim.Cli.Options;

/// <summary><c>calibrate --max-evaluations</c>: a budget of simulations, 0 to compare only.</summary>
public sealed class MaxEvaluationsOption() : WholeNumberOption<int>("--max-evaluations", 0, int.MaxValue, "600");
