namespace Rdsim.Cli.Options;

/// <summary><c>silo --dashboard</c>: a TCP port.</summary>
public sealed class DashboardPortOption() : WholeNumberOption<int>("--dashboard", 1, 65_535, "8080");
