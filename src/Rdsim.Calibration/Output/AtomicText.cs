using System.Text;

namespace Rdsim.Calibration.Output;

/// <summary>Writes a text file under a temporary name and renames it, so a reader never sees half a file.</summary>
internal static class AtomicText
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 without a byte-order mark.</summary>
    public static void Write(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
