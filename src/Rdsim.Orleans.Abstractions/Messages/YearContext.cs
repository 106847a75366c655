using Rdsim.Engine;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// Everything from outside a firm for one year: the inputs of every replicate in both worlds. The
/// coordinator keeps one per simulated year, the log that lost firms replay from.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Inputs">Inputs by <see cref="YearDriver.Slot"/>: replicate-major, scenario then counterfactual.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearContext")]
public sealed record YearContext(
    [property: Id(0)] int Year,
    [property: Id(1)] YearInputs[] Inputs);
