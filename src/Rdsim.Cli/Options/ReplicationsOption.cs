namespace Rdsim.Cli.Options;

/// <summary><c>--replications</c>: 1 to 10,000, the range of <c>simulation.replications</c>.</summary>
public sealed class ReplicationsOption() : WholeNumberOption<int>("--replications", 1, 10_000, "5");
