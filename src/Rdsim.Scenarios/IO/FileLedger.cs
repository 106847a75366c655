using System.Text;
using System.Text.Json;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// <c>.rdsim/files</c>: every file rdsim committed in an output folder, one JSON line each (path, SHA-256, size),
/// appended and flushed to disk <em>before</em> the file is renamed into place. So a file under one of rdsim's names
/// is provably rdsim's exactly when its content hash is on a line for its path, even after a crash or Ctrl+C (when the
/// manifest that lists a finished run's files was never written). A torn last line (a crash mid-append) belonged to a
/// file that was never renamed into place, and is ignored.
/// </summary>
public sealed class FileLedger
{
    /// <summary>The ledger's file name inside the state folder.</summary>
    public const string File = "files";

    private readonly string _path;
    private readonly HashSet<FileRecord> _records;

    private FileLedger(string path, HashSet<FileRecord> records)
    {
        _path = path;
        _records = records;
    }

    /// <summary>Whether the folder had a ledger before this command (the folder is one rdsim wrote).</summary>
    public bool Existed { get; private init; }

    /// <summary>Every record, in no particular order.</summary>
    public IReadOnlyCollection<FileRecord> Records => _records;

    /// <summary>
    /// Opens the ledger in <paramref name="state"/> for the folder <paramref name="folder"/>, keeping only the records of
    /// files that still exist (so it does not grow from run to run), and creates it when missing.
    /// </summary>
    public static FileLedger Open(string state, string folder)
    {
        var path = Path.Combine(state, File);
        var existed = System.IO.File.Exists(path);
        var records = new HashSet<FileRecord>();
        if (existed)
        {
            foreach (var line in System.IO.File.ReadLines(path))
            {
                if (Parse(line) is { } r && System.IO.File.Exists(Path.Combine(folder, r.Path))) records.Add(r);
            }
        }
        var ledger = new FileLedger(path, records) { Existed = existed };
        ledger.Rewrite();
        return ledger;
    }

    /// <summary>Whether <paramref name="path"/> with content <paramref name="sha256"/> was written by rdsim.</summary>
    public bool Holds(string path, string sha256) => _records.Any(r => r.Path == path && r.Sha256 == sha256);

    /// <summary>Appends <paramref name="record"/> and flushes it to disk.</summary>
    public void Append(FileRecord record)
    {
        if (!_records.Add(record)) return;
        using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.None);
        stream.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record) + "\n"));
        stream.Flush(flushToDisk: true);
    }

    private void Rewrite()
    {
        var temporary = _path + ".tmp";
        System.IO.File.WriteAllText(temporary, string.Concat(_records.Select(r => JsonSerializer.Serialize(r) + "\n")), new UTF8Encoding(false));
        System.IO.File.Move(temporary, _path, overwrite: true);
    }

    private static FileRecord? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<FileRecord>(line) is { Path.Length: > 0, Sha256.Length: 64 } r ? r : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
