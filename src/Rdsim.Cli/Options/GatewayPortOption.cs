namespace Rdsim.Cli.Options;

/// <summary><c>silo --gateway-port</c>: a TCP port.</summary>
public sealed class GatewayPortOption() : WholeNumberOption<int>("--gateway-port", 1, 65_535, "30001");
