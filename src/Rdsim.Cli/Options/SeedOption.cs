namespace Rdsim.Cli.Options;

/// <summary><c>--seed</c>: 0 to 2^53 − 1, the range of <c>simulation.seed</c> (seeds JSON keeps to the last digit).</summary>
public sealed class SeedOption() : WholeNumberOption<ulong>("--seed", 0, 9_007_199_254_740_991, "42");
