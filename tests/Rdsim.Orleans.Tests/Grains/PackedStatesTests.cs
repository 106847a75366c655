using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Rdsim.Model.Firms;
using Rdsim.Orleans.Grains;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>A firm's packed states come back bit for bit, whatever they hold, and take less room than the states when they are alike.</summary>
public sealed class PackedStatesTests
{
    [Theory]
    [InlineData(2, 0.0)]
    [InlineData(2, 0.3)]
    [InlineData(6, 0.8)]
    [InlineData(4, 1.0)]
    public void Packed_states_unpack_to_the_same_bits(int slots, double filled)
    {
        var random = new Random(17 + slots);
        for (var trial = 0; trial < 50; trial++)
        {
            var states = new FirmState[slots];
            var bytes = MemoryMarshal.AsBytes(states.AsSpan());
            for (var i = 0; i < bytes.Length; i++) bytes[i] = random.NextDouble() < filled ? (byte)random.Next(256) : (byte)0;
            var original = bytes.ToArray();

            var packed = PackedStates.Pack(states, null);
            Array.Clear(states);
            Assert.Equal(original, MemoryMarshal.AsBytes(PackedStates.Unpack(packed, slots).AsSpan()).ToArray());
        }
    }

    [Fact]
    public void Alike_states_pack_small_and_reuse_an_array_that_fits()
    {
        var state = new FirmState { Year = 2020, Revenue = 123.5, Knowledge = 4.25, CertificateLastYear = int.MinValue, LatentIntensity = 0.03 };
        for (var slot = 0; slot < FirmState.LossSlots; slot++) state.LossExpiry[slot] = state.CreditExpiry[slot] = 2010 + slot;
        state.Losses[3] = 7.5;
        var other = state;
        other.Revenue = 124.5;
        FirmState[] states = [state, other];

        var packed = PackedStates.Pack(states, null);
        Assert.True(packed.Length < Unsafe.SizeOf<FirmState>() / 2, $"{packed.Length} bytes for two states of {Unsafe.SizeOf<FirmState>()}");
        Assert.Same(packed, PackedStates.Pack(states, packed));
        Assert.Equal([123.5, 124.5], PackedStates.Unpack(packed, 2).Select(s => s.Revenue));
        Assert.Equal(2013, PackedStates.Unpack(packed, 2)[1].LossExpiry[3]);
    }
}
