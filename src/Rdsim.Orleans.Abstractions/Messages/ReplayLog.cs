using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>What a firm activated again mid-run needs to catch up: its traits and the years it missed.</summary>
/// <param name="Traits">The firm's traits.</param>
/// <param name="Years">The contexts of the missed years, in order.</param>
[GenerateSerializer, Immutable, Alias("rdsim.ReplayLog")]
public sealed record ReplayLog(
    [property: Id(0)] FirmTraits Traits,
    [property: Id(1)] YearContext[] Years);
