using Rdsim.Orleans.Grains;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>Outcome arrays are rented at their exact length (what crosses the wire is the answer, no more) and reused once returned.</summary>
public sealed class OutcomeBuffersTests
{
    [Fact]
    public void An_array_is_rented_at_its_exact_length_and_a_returned_one_is_rented_again()
    {
        var buffers = new OutcomeBuffers();
        var first = buffers.Rent(26);

        Assert.Equal(26, first.Length);
        buffers.Return(first);
        Assert.Same(first, buffers.Rent(26));
        Assert.NotSame(first, buffers.Rent(26));
        Assert.Equal(2, buffers.Rent(2).Length);
    }
}
