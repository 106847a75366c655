using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>What one firm did in a <see cref="FirmStep"/>. A struct: the answer to every firm call, so no object of its own.</summary>
/// <param name="Outcomes">Outcomes by <see cref="RunSetup.Slot"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmStepResult")]
public readonly record struct FirmStepResult(
    [property: Id(0)] FirmYearOutcome[] Outcomes);
