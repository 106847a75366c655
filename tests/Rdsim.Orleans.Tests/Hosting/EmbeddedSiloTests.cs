using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Hosting;

/// <summary>The default engine starts its own silo in the process and stops it on dispose.</summary>
public sealed class EmbeddedSiloTests
{
    [Fact]
    public async Task DefaultEngine_RunsOnAnEmbeddedSilo_AndMatchesReference()
    {
        var input = TestInputs.Create(firms: 300, replications: 1, feedback: true);
        await using var engine = new OrleansEngine();

        var first = await engine.RunAsync(input, null, CancellationToken.None);
        var again = await engine.RunAsync(input, null, CancellationToken.None);

        ResultAssert.BitIdentical(Reference.Of(input), first);
        ResultAssert.BitIdentical(Reference.Of(input), again);
    }
}
