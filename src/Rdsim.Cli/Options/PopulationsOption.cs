namespace Rdsim.Cli.Options;

/// <summary><c>calibrate --populations</c>: at least one population draw.</summary>
public sealed class PopulationsOption() : WholeNumberOption<int>("--populations", 1, int.MaxValue, "4");
