namespace Rdsim.Cli.Options;

/// <summary><c>calibrate --starts</c>: at least one Nelder–Mead start.</summary>
public sealed class StartsOption() : WholeNumberOption<int>("--starts", 1, int.MaxValue, "3");
