using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>What one firm did in a <see cref="FirmStep"/>.</summary>
/// <param name="Outcomes">Outcomes by <see cref="RunSetup.Slot"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmStepResult")]
public sealed record FirmStepResult(
    [property: Id(0)] FirmYearOutcome[] Outcomes);
