namespace Rdsim.Scenarios.IO;

/// <summary>
/// Writes a file under a hidden temporary name in the same folder, flushes it to disk and renames it
/// over the target only when complete: a crash never leaves a half-written file under the real name.
/// In an open <see cref="OutputFolder"/>, the file's hash goes to the folder's ledger before the rename, so rdsim can
/// later prove it wrote the file. A failure to write is an <see cref="OutputWriteException"/> naming the file and the cause.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Faults(full, () =>
            {
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
                write(stream);
                stream.Flush(flushToDisk: true);
            });
            Commit(temporary, full);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes text (UTF-8, no byte-order mark) to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// Renames a complete <paramref name="temporary"/> file (written by another program, such as Chromium) over
    /// <paramref name="path"/>, recording it in the open output folder's ledger first.
    /// </summary>
    public static void Commit(string temporary, string path)
    {
        var full = Path.GetFullPath(path);
        Faults(full, () =>
        {
            var recording = OutputFolder.Recording(full, temporary);
            File.Move(temporary, full, overwrite: true);
            recording?.Folder.Committed(recording.Value.Record);
        });
    }

    /// <summary>Runs <paramref name="io"/>, turning an I/O fault into an <see cref="OutputWriteException"/> that names <paramref name="path"/>.</summary>
    private static void Faults(string path, Action io)
    {
        try
        {
            io();
        }
        catch (Exception e) when (e is IOException and not OutputWriteException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, IoCause.Of(e), e);
        }
    }
}
