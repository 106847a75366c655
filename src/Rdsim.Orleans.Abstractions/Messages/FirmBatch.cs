using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// A run of consecutive firms: uploaded to the coordinator (all at once on the engine's own silo, else in chunks), handed to
/// shards by range. A range of an array, not an array: a grain on the sender's silo gets the sender's array itself (the batch
/// is immutable, so Orleans passes it by reference), and a million firms' traits are not copied at each hand-over.
/// </summary>
/// <param name="FirstId">The id of <c>Firms[0]</c>; the others follow in id order.</param>
/// <param name="Firms">The firms' traits, which nothing writes once they are sent.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmBatch")]
public sealed record FirmBatch(
    [property: Id(0)] int FirstId,
    [property: Id(1)] ArraySegment<FirmTraits> Firms);
