namespace Rdsim.Cli.Options;

/// <summary><c>silo --silo-port</c>: a TCP port.</summary>
public sealed class SiloPortOption() : WholeNumberOption<int>("--silo-port", 1, 65_535, "11112");
