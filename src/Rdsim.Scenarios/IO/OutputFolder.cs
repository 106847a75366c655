namespace Rdsim.Scenarios.IO;

/// <summary>
/// An output folder, opened before a command does any work: checked (it can be created and written), locked for one
/// writer (<see cref="FolderLock"/>), and with the ledger of the files rdsim wrote in it (<see cref="FileLedger"/>), which
/// <see cref="AtomicFile"/> appends to before it renames each file into place. rdsim deletes or replaces only files it
/// can prove it wrote: one of its own names, inside the folder, reached through no symbolic link, and whose content
/// hash is on the ledger (or in the folder's sealed manifest). A non-empty folder rdsim cannot prove is its own is
/// refused unless <see cref="OutputOptions.Force"/>; one holding another command's results (<see cref="FolderKind"/>) is refused
/// even then. Disposing releases the lock, and removes what opening created when
/// nothing was written (a failed command leaves no empty folder behind).
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The hidden folder inside an output folder that holds rdsim's lock and ledger.</summary>
    public const string StateFolder = ".rdsim";

    private static readonly List<OutputFolder> Opened = [];

    private readonly FolderLock _lock;
    private readonly FileLedger _ledger;
    private readonly OutputOptions _options;
    private readonly bool _createdFolder;
    private readonly bool _createdState;
    private readonly Dictionary<string, FileRecord> _written = new(StringComparer.Ordinal);
    private bool _released;

    private OutputFolder(string path, FolderLock folderLock, FileLedger ledger, OutputOptions options, bool createdFolder, bool createdState)
    {
        Path = path;
        _lock = folderLock;
        _ledger = ledger;
        _options = options;
        _createdFolder = createdFolder;
        _createdState = createdState;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>When the lock was taken over from a holder that died, a note for people; otherwise null.</summary>
    public string? Note => _lock.TakenOver;

    /// <summary>The files written in this folder since it was opened, by relative path, in ordinal order.</summary>
    public IReadOnlyList<FileRecord> Written
    {
        get
        {
            lock (_written) return [.. _written.Values.OrderBy(r => r.Path, StringComparer.Ordinal)];
        }
    }

    /// <summary>Checks, creates and locks <paramref name="path"/>; throws an <see cref="Loading.InputException"/> saying why it cannot be used.</summary>
    public static OutputFolder Open(string path, OutputOptions options)
    {
        var full = OutputPathCheck.ForFolder(path, options.Option);
        RefuseInsideResults(path, full, options);
        var createdFolder = !Directory.Exists(full);
        if (createdFolder && options.MustExist) throw OutputPathCheck.Refused(path, options.Option, new("there is no such folder", "没有这个文件夹"));
        var state = System.IO.Path.Combine(full, StateFolder);
        var createdState = !Directory.Exists(state);
        try
        {
            Directory.CreateDirectory(state);  // creates the folder too: this is the check that it can be created and written
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var cause = IoCause.Of(e);
            throw OutputPathCheck.Refused(path, options.Option, createdFolder
                ? new($"the folder cannot be created: {cause.En}", $"无法创建该文件夹：{cause.Zh}")
                : new($"the folder cannot be written: {cause.En}", $"无法写入该文件夹：{cause.Zh}"));
        }
        FolderLock? folderLock = null;
        try
        {
            folderLock = FolderLock.Acquire(state, path, options.Option);
            var folder = new OutputFolder(full, folderLock, FileLedger.Open(state, full), options, createdFolder, createdState);
            try
            {
                folder.Refuse(path);
                options.Kind.Record(state);
            }
            catch
            {
                folder.Dispose();
                throw;
            }
            lock (Opened) Opened.Add(folder);
            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            folderLock?.Dispose();
            var cause = IoCause.Of(e);
            throw OutputPathCheck.Refused(path, options.Option, new($"the folder cannot be written: {cause.En}", $"无法写入该文件夹：{cause.Zh}"));
        }
    }

    /// <summary>Whether the file at <paramref name="relative"/> is one rdsim wrote and may delete or replace.</summary>
    public bool Owns(string relative)
    {
        var full = Full(relative);
        if (full is null || ThroughLink(full) || new FileInfo(full) is not { Exists: true, LinkTarget: null }) return false;
        var hash = FileHash.Sha256(full);
        return _ledger.Holds(relative, hash) || _options.Proven.Any(p => p.Path == relative && p.Sha256 == hash);
    }

    /// <summary>
    /// Deletes every file rdsim wrote in this folder whose relative path <paramref name="which"/> accepts and that it can
    /// prove it wrote (<see cref="Owns"/>), then the folders left empty by that; returns the paths deleted.
    /// </summary>
    public IReadOnlyList<string> DeleteOwned(Func<string, bool> which)
    {
        var candidates = _ledger.Records.Select(r => r.Path).Concat(_options.Proven.Select(p => p.Path)).Distinct().Where(which).Order(StringComparer.Ordinal).ToList();
        var deleted = candidates.Where(Owns).ToList();
        foreach (var relative in deleted)
        {
            File.Delete(Full(relative)!);
            lock (_written) _written.Remove(relative);
            RemoveEmptyParents(relative);
        }
        return deleted;
    }

    /// <summary>
    /// Deletes <paramref name="relative"/> before it is rewritten, when rdsim wrote it or the command was given
    /// <see cref="OutputOptions.Force"/>; a file that is neither is left alone and reported by false.
    /// </summary>
    public bool Replace(string relative)
    {
        var full = Full(relative);
        if (full is null || !File.Exists(full)) return true;
        if (!Owns(relative) && !_options.Force) return false;
        File.Delete(full);
        lock (_written) _written.Remove(relative);
        return true;
    }

    /// <summary>
    /// Called by <see cref="AtomicFile"/> for a file about to be renamed from <paramref name="temporary"/> to
    /// <paramref name="path"/>: when it lies in an open output folder, records its hash in that folder's ledger first
    /// (and refuses a path through a symbolic link). Returns the record, to be confirmed by <see cref="Committed"/>.
    /// </summary>
    internal static (OutputFolder Folder, FileRecord Record)? Recording(string path, string temporary)
    {
        OutputFolder? folder;
        lock (Opened) folder = Opened.Where(f => Inside(f.Path, path)).MaxBy(f => f.Path.Length);
        if (folder is null) return null;
        var relative = System.IO.Path.GetRelativePath(folder.Path, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
        if (relative.StartsWith(StateFolder + "/", StringComparison.Ordinal)) return null;
        if (folder.ThroughLink(path)) throw new OutputWriteException(path, new("a folder on the way is a symbolic link, and rdsim does not write through links",
            "路径上的某个文件夹是符号链接，rdsim 不经由链接写入"));
        var record = new FileRecord(relative, FileHash.Sha256(temporary), new FileInfo(temporary).Length);
        lock (folder._ledger) folder._ledger.Append(record);
        return (folder, record);
    }

    /// <summary>Confirms that <paramref name="record"/> is now in place under its name.</summary>
    internal void Committed(FileRecord record)
    {
        lock (_written) _written[record.Path] = record;
    }

    /// <summary>
    /// Undoes a command stopped before it finished (Ctrl+C), so that nothing half-written is left: deletes every file rdsim can
    /// prove it wrote here (<see cref="DeleteOwned"/>: this command's, and an earlier one's it was replacing), releases the lock,
    /// then removes the state folder when nothing else is left, and the folder too when it was rdsim's (opening created it, or an
    /// earlier rdsim had written it): a folder someone made empty for rdsim is left, empty. Files rdsim did not write stay.
    /// </summary>
    public void Discard()
    {
        DeleteOwned(_ => true);
        Dispose();
        var state = System.IO.Path.Combine(Path, StateFolder);
        try
        {
            if (!Directory.Exists(state) || Directory.EnumerateFileSystemEntries(Path).Any(e => System.IO.Path.GetFileName(e) != StateFolder)) return;
            Directory.Delete(state, recursive: true);
            if (_createdFolder || !_createdState) Directory.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process started writing here since the lock was released, or the folder cannot be removed: it is left as it is.
        }
    }

    /// <summary>Releases the lock; removes the state folder and the folder when opening created them and nothing was written.</summary>
    public void Dispose()
    {
        lock (Opened)
        {
            if (!Opened.Remove(this) && _released) return;
            _released = true;
        }
        var nothingWritten = _ledger.Records.Count == 0;
        _lock.Dispose();
        if (!nothingWritten || !_createdState) return;
        try
        {
            Directory.Delete(System.IO.Path.Combine(Path, StateFolder), recursive: true);
            if (_createdFolder && !Directory.EnumerateFileSystemEntries(Path).Any()) Directory.Delete(Path);
        }
        catch (IOException)
        {
            // Another process started writing here meanwhile: leave the folder to it.
        }
    }

    /// <summary>
    /// Refuses a folder inside another command's results: a folder up the path that holds a kind (<see cref="FolderKind.Held"/>),
    /// other than the parent of a member folder its own command writes (<see cref="OutputOptions.MemberOf"/>). Checked before
    /// anything is created, so nothing is written.
    /// </summary>
    private static void RefuseInsideResults(string path, string full, OutputOptions options)
    {
        var parent = System.IO.Path.GetDirectoryName(full);
        for (var dir = parent; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            FolderKind? held;
            try
            {
                // Only a folder with rdsim's state counts: a file named like a marker (manifest.json) up the path may be anyone's.
                held = Directory.Exists(System.IO.Path.Combine(dir, StateFolder)) ? FolderKind.Held(dir) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;  // a folder up the path that cannot be read holds no results rdsim could tell
            }
            if (held is null || (dir == parent && held == options.MemberOf)) continue;
            var inside = System.IO.Path.IsPathRooted(path) ? dir : System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), dir);
            throw OutputPathCheck.Refused(path, options.Option, new(
                $"it is inside {inside}, which holds {held.Described.En}, and rdsim never writes results inside another command's results, even with --force; " +
                $"give {options.Option} a folder outside it",
                $"它位于 {inside} 之内，而 {inside} 中是{held.Described.Zh}；rdsim 从不把结果写进另一个命令的结果之内，--force 也不例外；" +
                $"请为 {options.Option} 给出其外的文件夹"));
        }
    }

    /// <summary>Refuses a folder holding another command's results, a non-empty folder rdsim cannot prove is its own, and existing files the command would write that rdsim did not.</summary>
    private void Refuse(string path)
    {
        var held = FolderKind.Held(Path);
        if (held is not null && held != _options.Kind)
        {
            // --force does not reach this: it is for files rdsim cannot prove are its own, and these are, of another command.
            throw OutputPathCheck.Refused(path, _options.Option, new(
                $"it holds {held.Described.En}, not {_options.Kind.What.En}, and rdsim never writes one command's results over another's, even with --force; " +
                $"give another {_options.Option}, or delete the folder to start afresh",
                $"其中是{held.Described.Zh}，不是{_options.Kind.What.Zh}；rdsim 从不用一个命令的结果覆盖另一个命令的结果，--force 也不例外；" +
                $"请另给 {_options.Option}，或删除该文件夹后重来"));
        }
        var entries = Directory.EnumerateFileSystemEntries(Path).Where(e => System.IO.Path.GetFileName(e) != StateFolder).ToList();
        var ours = _ledger.Existed || _options.Proven.Count > 0;
        if (entries.Count > 0 && !ours && !_options.Force)
        {
            var earlier = held is not null;
            var example = System.IO.Path.GetFileName(entries[0]);
            throw OutputPathCheck.Refused(path, _options.Option, (earlier
                ? new Bilingual("it holds results of an earlier rdsim, which kept no record of the files it wrote, so rdsim cannot tell them from yours",
                    "其中有旧版 rdsim 写的结果，旧版没有记录它写了哪些文件，因此 rdsim 无法把它们和你的文件区分开")
                : new Bilingual($"the folder is not empty ({entries.Count} entries, e.g. {example}) and rdsim did not create it",
                    $"该文件夹不是空的（{entries.Count} 项，例如 {example}），也不是 rdsim 创建的"))
                + new Bilingual("; give a new or empty folder, or --force to write rdsim's files into it (nothing else is deleted)",
                    "；请给出一个新的或空的文件夹，或用 --force 把 rdsim 的文件写入其中（不会删除其他文件）"));
        }
        var linked = _options.WillWrite.FirstOrDefault(w => ThroughLink(Full(w)!));
        if (linked is not null) throw OutputPathCheck.Refused(path, _options.Option, new($"a folder on the way to {linked} is a symbolic link, and rdsim does not write through links",
            $"通往 {linked} 的路径上有文件夹是符号链接，rdsim 不经由链接写入"));
        if (_options.Force) return;
        var foreign = _options.WillWrite.Where(w => Exists(Full(w)!) && !Owns(w)).ToList();
        if (foreign.Count > 0)
        {
            var names = string.Join(", ", foreign.Take(5));
            throw OutputPathCheck.Refused(path, _options.Option, new(
                $"{names}{(foreign.Count > 5 ? $" and {foreign.Count - 5} more" : "")} " +
                $"{(foreign.Count == 1 ? "was" : "were")} not written by rdsim or changed since, and would be replaced; move {(foreign.Count == 1 ? "it" : "them")} away, or give --force",
                $"{names}{(foreign.Count > 5 ? $" 等 {foreign.Count} 个文件" : "")}不是 rdsim 写的，或写后被改过，将被替换；请把它们移走，或加 --force"));
        }
    }

    private string? Full(string relative)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relative));
        return Inside(Path, full) ? full : null;
    }

    /// <summary>Whether a folder between this folder and <paramref name="full"/> is a symbolic link.</summary>
    private bool ThroughLink(string full)
    {
        for (var dir = System.IO.Path.GetDirectoryName(full); dir is not null && dir.Length > Path.Length; dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (new DirectoryInfo(dir) is { Exists: true, LinkTarget: not null }) return true;
        }
        return false;
    }

    private void RemoveEmptyParents(string relative)
    {
        for (var dir = System.IO.Path.GetDirectoryName(Full(relative)); dir is not null && dir.Length > Path.Length; dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (new DirectoryInfo(dir) is not { Exists: true, LinkTarget: null } || Directory.EnumerateFileSystemEntries(dir).Any()) return;
            Directory.Delete(dir);
        }
    }

    private static bool Exists(string full) => File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null;

    private static bool Inside(string folder, string path) => path.StartsWith(folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
