using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Rdsim.Fuzzing.Tests;

/// <summary>Mutations of a text file as an analyst (or a bad editor) might make them, as file bytes.</summary>
internal static class TextMutation
{
    /// <summary>A generator of 1–3 mutations of <paramref name="original"/>, returned as the file's bytes.</summary>
    public static Gen<byte[]> Of(string original, string separator)
    {
        var oneMutation = Gen.Choose(0, 9).SelectMany(kind => Gen.Choose(0, 1_000_000).SelectMany(a =>
            Gen.Choose(0, 1_000_000).Select(b => (kind, a, b))));
        return Gen.ListOf(oneMutation).Where(list => list.Count is >= 1 and <= 3)
            .Select(list => list.Aggregate(Encode(original), (bytes, m) => Apply(bytes, m.kind, m.a, m.b, separator)));
    }

    private static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Apply(byte[] bytes, int kind, int a, int b, string separator)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        var i = a % lines.Count;
        var j = b % lines.Count;
        var payload = FuzzSettings.Payloads[b % FuzzSettings.Payloads.Length];
        switch (kind)
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[i]); break;
            case 2: lines[i] = ReplaceValue(lines[i], payload, separator, b); break;
            case 3: lines.Insert(i, new string(' ', b % 5) + $"bogusKey{b % 7}: {payload}"); break;
            case 4: (lines[i], lines[j]) = (lines[j], lines[i]); break;
            case 5: return bytes[..(a % (bytes.Length + 1))];                                   // truncated file
            case 6: return [];                                                                    // empty file
            case 7: return Encoding.Unicode.GetBytes(text);                                       // UTF-16
            case 8: return [.. bytes[..(a % (bytes.Length + 1))], (byte)(b % 256), 0xC3, 0x28, .. bytes[(a % (bytes.Length + 1))..]]; // invalid UTF-8
            default: lines[i] = lines[i] + payload; break;
        }
        return Encode(string.Join('\n', lines));
    }

    private static string ReplaceValue(string line, string payload, string separator, int which)
    {
        var cells = line.Split(separator);
        if (separator == ":") return cells.Length > 1 ? cells[0] + ": " + payload : line + payload;
        cells[which % cells.Length] = payload.Contains(',') || payload.Contains('"') ? "\"" + payload.Replace("\"", "\"\"") + "\"" : payload;
        return string.Join(separator, cells);
    }
}
