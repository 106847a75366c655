using System.Collections.Concurrent;
using Rdsim.Engine;
using Rdsim.Engine.Reference;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>The reference engine's results, computed once per input.</summary>
internal static class Reference
{
    private static readonly ConcurrentDictionary<SimulationInput, Lazy<SimulationResult>> Results = new();

    public static SimulationResult Of(SimulationInput input) =>
        Results.GetOrAdd(input, i => new Lazy<SimulationResult>(() => new ReferenceEngine().RunAsync(i, null, CancellationToken.None).GetAwaiter().GetResult())).Value;
}
