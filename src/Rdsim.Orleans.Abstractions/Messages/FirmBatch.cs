using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>A run of consecutive firms: uploaded to the coordinator in chunks, handed to shards by range.</summary>
/// <param name="FirstId">The id of <c>Firms[0]</c>; the others follow in id order.</param>
/// <param name="Firms">The firms' traits.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmBatch")]
public sealed record FirmBatch(
    [property: Id(0)] int FirstId,
    [property: Id(1)] FirmTraits[] Firms);
