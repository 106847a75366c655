using Rdsim.Calibration.Fitting;

namespace Rdsim.Calibration.Results;

/// <summary>A free parameter at the optimum: its search coordinate and the values it sets.</summary>
/// <param name="Parameter">The free parameter.</param>
/// <param name="Coordinate">The search coordinate <c>u</c> at the optimum (0 = the input scenario).</param>
/// <param name="Values">The scenario parameters it sets.</param>
public sealed record FittedParameter(FreeParameter Parameter, double Coordinate, IReadOnlyList<FittedValue> Values);
