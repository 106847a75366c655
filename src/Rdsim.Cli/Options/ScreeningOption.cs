namespace Rdsim.Cli.Options;

/// <summary><c>calibrate --screening</c>: Latin-hypercube points, 0 for none.</summary>
public sealed class ScreeningOption() : WholeNumberOption<int>("--screening", 0, int.MaxValue, "500");
