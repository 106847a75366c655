using Rdsim.Reporting.Data;

namespace Rdsim.Reporting.Compare;

/// <summary>One scenario of a comparison: its name and its years read back from its run folder.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Years">Its <c>years.csv</c>.</param>
public sealed record ComparedRun(string Name, YearsData Years);
