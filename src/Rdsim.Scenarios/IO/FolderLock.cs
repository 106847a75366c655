using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// One writer per output folder. The lock is the kernel's (an exclusive <c>flock</c> on <c>.rdsim/lock</c>, which .NET
/// takes for <see cref="FileShare.None"/>): it is released when the process ends however it ends, so a lock can never be
/// held by a dead process. Who holds it is written beside it in <c>.rdsim/owner</c> (process id, command, start time,
/// host), because a locked file cannot be read; an owner file found when the lock is free was left by a holder that
/// died, and is taken over with a note.
/// </summary>
public sealed class FolderLock : IDisposable
{
    /// <summary>The lock file's name inside the state folder.</summary>
    public const string LockFile = "lock";

    /// <summary>The owner file's name inside the state folder.</summary>
    public const string OwnerFile = "owner";

    private const int WouldBlock = 11; // EWOULDBLOCK, as IOException.HResult on Linux

    private readonly FileStream _stream;
    private readonly string _ownerPath;

    private FolderLock(FileStream stream, string ownerPath, string? takenOver)
    {
        _stream = stream;
        _ownerPath = ownerPath;
        TakenOver = takenOver;
    }

    /// <summary>When the lock was taken over from a holder that died: a note saying whose it was; otherwise null.</summary>
    public string? TakenOver { get; }

    /// <summary>Takes the lock of the folder whose state folder is <paramref name="state"/>, or throws an <see cref="InputException"/> naming the holder.</summary>
    public static FolderLock Acquire(string state, string folder, string option)
    {
        var ownerPath = Path.Combine(state, OwnerFile);
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(state, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult == WouldBlock || (e.HResult & 0xFFFF) == 32)
        {
            var holder = Describe(Read(ownerPath));
            throw OutputPathCheck.Refused(folder, option, new(
                $"another rdsim is writing this folder ({holder?.En ?? "its process is starting"}); wait for it to finish, or give another folder",
                $"另一个 rdsim 正在写入该文件夹（{holder?.Zh ?? "其进程正在启动"}）；请等它结束，或另给一个文件夹"));
        }
        var previous = Read(ownerPath);
        var takenOver = previous is null ? null
            : $"Note: took over the lock of {folder} left by {Describe(previous)!.Value.En}, which {(IsRunning(previous.Pid) ? "no longer holds it" : "is no longer running")}.";
        var me = new LockOwner(Environment.ProcessId, CommandLine(), DateTimeOffset.UtcNow, Environment.MachineName);
        var temporary = ownerPath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(me));
        File.Move(temporary, ownerPath, overwrite: true);
        return new FolderLock(stream, ownerPath, takenOver);
    }

    /// <summary>Releases the lock (the owner file first, so that an owner file is only ever found beside a held lock or a dead holder's).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        finally
        {
            _stream.Dispose();
        }
    }

    /// <summary>This process's command line as a person typed it: <c>rdsim run …</c>.</summary>
    private static string CommandLine()
    {
        var args = Environment.GetCommandLineArgs();
        return string.Join(' ', [Path.GetFileNameWithoutExtension(args[0]), .. args.Skip(1)]);
    }

    private static LockOwner? Read(string ownerPath)
    {
        try
        {
            return File.Exists(ownerPath) ? JsonSerializer.Deserialize<LockOwner>(File.ReadAllText(ownerPath)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // half-written or damaged: the holder is described as unknown
        }
    }

    private static Bilingual? Describe(LockOwner? o) => o is null ? null : new(
        string.Create(CultureInfo.InvariantCulture, $"PID {o.Pid} on {o.Host}: {o.Command}, since {o.Started:yyyy-MM-dd HH:mm:ss} UTC"),
        string.Create(CultureInfo.InvariantCulture, $"{o.Host} 上的进程 PID {o.Pid}：{o.Command}，自 UTC {o.Started:yyyy-MM-dd HH:mm:ss} 起"));

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The contents of the owner file.</summary>
    private sealed record LockOwner(int Pid, string Command, DateTimeOffset Started, string Host);
}
