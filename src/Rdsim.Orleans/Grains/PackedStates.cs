using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>This thread's packing buffer (mask, then words).</summary>
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
        var buffer = t_words;
        if (buffer is null || buffer.Length < maskWords + words.Length) t_words = buffer = new uint[maskWords + words.Length];
        Array.Clear(buffer, 0, maskWords);
        var count = maskWords;
        var w = WordsPerState;
        for (var i = 0; i < words.Length; i++)
        {
            var word = i < w ? words[i] : words[i] ^ words[i - w];
            if (word == 0) continue;
            buffer[i >> 5] |= 1u << (i & 31);
            buffer[count++] = word;
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
        var source = MemoryMarshal.Cast<byte, uint>(packed.AsSpan());
        var maskWords = MaskWords(words.Length);
        words.Clear();
        var next = maskWords;
        for (var m = 0; m < maskWords; m++)
        {
            for (var bits = source[m]; bits != 0; bits &= bits - 1)
            {
                words[(m << 5) + BitOperations.TrailingZeroCount(bits)] = source[next++];
            }
        }
        var w = WordsPerState;
        for (var i = w; i < words.Length; i++) words[i] ^= words[i - w];
        return states;
    }

    private static int MaskWords(int words) => (words + 31) >> 5;
}
