using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// A firm's states of one run, packed between calls. A state is 680 bytes (its loss and credit ledgers keep 16 vintages
/// whatever the carry-forward), and a million firms' two states were 1.4 KB a firm, the most of an activation; but most of
/// a state is zeros (empty ledger slots, a non-performer's R&amp;D ring) and the two worlds of a firm differ in few words
/// (the same ledger expiries, the same certificate, often the same revenue's high half). So each 4-byte word is stored
/// only when it is not zero, and every state after the first as its XOR with the one before it (the scenario and the
/// counterfactual of a replicate lie next to each other): a bit mask of the words kept, then the words. Unpacking gives
/// back every bit (padding included), so the model steps the same states as if they had never been packed.
/// </summary>
internal static class PackedStates
{
    /// <summary>Words of one state.</summary>
    private static readonly int WordsPerState = Unsafe.SizeOf<FirmState>() / sizeof(uint);

    /// <summary>
    /// Room a new packed array gets beyond what it needs, in bytes, and how much longer than needed an array may stay: a
    /// state's packed size grows by a word or a few most years (the ring and the expiry ledgers fill in over a run's first
    /// years), and a new array at every one-year call (feedback on) was 0.17 GB more garbage on 100,000 firms × 13 years.
    /// </summary>
    private const int Headroom = 16, Slack = 64;

    /// <summary>This thread's unpacked states: a grain turn runs on one thread until it awaits, and unpacks after its last await.</summary>
    [ThreadStatic] private static FirmState[]? t_states;

    /// <summary>This thread's packing buffer (mask, then the kept words, then the deltas they are taken from).</summary>
    [ThreadStatic] private static uint[]? t_words;

    /// <summary>
    /// This thread's array of <paramref name="slots"/> states, to unpack into or to start a run in; what it holds is valid
    /// until the calling grain awaits (another grain's turn may then use it).
    /// </summary>
    public static FirmState[] Scratch(int slots)
    {
        var states = t_states;
        if (states is null || states.Length != slots) t_states = states = new FirmState[slots];
        return states;
    }

    /// <summary>Packs <paramref name="states"/>, into <paramref name="reuse"/> when its length fits.</summary>
    public static byte[] Pack(ReadOnlySpan<FirmState> states, byte[]? reuse)
    {
        var words = MemoryMarshal.Cast<FirmState, uint>(states);
        var maskWords = MaskWords(words.Length);
        // The deltas, padded with zeros to whole blocks of 8 words, after the mask: found 8 words at a time and copied word by
        // word only where kept (with feedback on a firm packs at every one-year call, and a branch on every word cost more
        // than the firm's two firm-years).
        var blocks = (words.Length + 7) >> 3;
        var buffer = t_words;
        if (buffer is null || buffer.Length < maskWords + 2 * (blocks << 3)) t_words = buffer = new uint[maskWords + 2 * (blocks << 3)];
        var deltas = buffer.AsSpan(maskWords + (blocks << 3), blocks << 3);
        var w = WordsPerState;
        words[..w].CopyTo(deltas);
        Xor(words[w..], words[..^w], deltas[w..]);
        deltas[words.Length..].Clear();
        var mask = MemoryMarshal.AsBytes(buffer.AsSpan(0, maskWords));
        mask.Clear();
        var count = maskWords;
        ref var delta = ref MemoryMarshal.GetReference(deltas);
        for (var b = 0; b < blocks; b++)
        {
            var bits = (byte)~Vector256.Equals(Vector256.LoadUnsafe(ref delta, (nuint)(b << 3)), Vector256<uint>.Zero).ExtractMostSignificantBits();
            mask[b] = bits;
            for (uint kept = bits; kept != 0; kept &= kept - 1) buffer[count++] = deltas[(b << 3) + BitOperations.TrailingZeroCount(kept)];
        }
        var bytes = count * sizeof(uint);
        var packed = reuse is not null && reuse.Length >= bytes && reuse.Length <= bytes + Slack ? reuse : new byte[bytes + Headroom];
        MemoryMarshal.AsBytes(buffer.AsSpan(0, count)).CopyTo(packed);
        return packed;
    }

    /// <summary>The <paramref name="slots"/> states in <paramref name="packed"/>, unpacked into this thread's <see cref="Scratch"/>.</summary>
    public static FirmState[] Unpack(byte[] packed, int slots)
    {
        var states = Scratch(slots);
        var words = MemoryMarshal.Cast<FirmState, uint>(states.AsSpan());
        var maskWords = MaskWords(words.Length);
        var mask = packed.AsSpan(0, (words.Length + 7) >> 3);
        var source = MemoryMarshal.Cast<byte, uint>(packed.AsSpan());
        words.Clear();
        var next = maskWords;
        for (var b = 0; b < mask.Length; b++)
        {
            for (uint bits = mask[b]; bits != 0; bits &= bits - 1) words[(b << 3) + BitOperations.TrailingZeroCount(bits)] = source[next++];
        }
        // Each state is the XOR of its delta with the state before it, restored first.
        var w = WordsPerState;
        for (var s = w; s < words.Length; s += w) Xor(words.Slice(s, w), words.Slice(s - w, w), words.Slice(s, w));
        return states;
    }

    /// <summary><paramref name="into"/> = <paramref name="a"/> XOR <paramref name="b"/>, 8 words at a time (<paramref name="into"/> may be <paramref name="a"/>).</summary>
    private static void Xor(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> into)
    {
        var i = 0;
        for (; i + 8 <= a.Length; i += 8) (Vector256.Create(a.Slice(i, 8)) ^ Vector256.Create(b.Slice(i, 8))).CopyTo(into.Slice(i, 8));
        for (; i < a.Length; i++) into[i] = a[i] ^ b[i];
    }

    private static int MaskWords(int words) => (words + 31) >> 5;
}
