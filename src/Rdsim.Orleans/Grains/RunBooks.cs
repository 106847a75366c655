using System.Collections.Concurrent;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// The silo's cache of the runs it steps, one <see cref="RunBook"/> per run id. The first grain of a run on this silo to need
/// the setup fetches it from the run's coordinator (once: others wait for the same fetch); step calls then carry only the run
/// id and the years. A book is dropped when the run is released on a shard of this silo, and, for a run that never was (its
/// coordinator lost, or no shard here), once no shard has opened it for <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/>
/// (looked at whenever a book is fetched or dropped, and by a timer, so a silo that sees no more runs keeps none forever).
/// </summary>
internal sealed class RunBooks : IDisposable
{
    private readonly IGrainFactory _grains;
    private readonly ConcurrentDictionary<Guid, Lazy<Task<RunBook>>> _books = new();
    private readonly Timer _ageing;

    public RunBooks(IGrainFactory grains)
    {
        _grains = grains;
        _ageing = new Timer(_ => DropStale(), null, RdsimOrleansDefaults.PopulationKeepAlive, RdsimOrleansDefaults.PopulationKeepAlive);
    }

    /// <summary>How many runs the silo holds books of.</summary>
    public int Count => _books.Count;

    /// <summary>The book of a run when the silo holds it already (the hot path: no task, no allocation).</summary>
    public bool TryGet(Guid runId, out RunBook book)
    {
        book = null!;
        if (!_books.TryGetValue(runId, out var lazy) || !lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully) return false;
        book = lazy.Value.Result;
        return true;
    }

    /// <summary>The book of a run, fetched from its coordinator if the silo does not hold it yet.</summary>
    public async Task<RunBook> Open(Guid runId)
    {
        var lazy = _books.GetOrAdd(runId, id => new Lazy<Task<RunBook>>(() => Fetch(id)));
        try
        {
            var book = await lazy.Value;
            book.Touch();
            return book;
        }
        catch
        {
            // A failed fetch (the coordinator no longer knows the run) is not cached: the next caller gets the failure afresh.
            _books.TryRemove(new KeyValuePair<Guid, Lazy<Task<RunBook>>>(runId, lazy));
            throw;
        }
    }

    /// <summary>Makes the book hold years <paramref name="fromYear"/> to <paramref name="throughYear"/>, fetching those it lacks from the coordinator's log.</summary>
    public async ValueTask Fill(RunBook book, int fromYear, int throughYear)
    {
        if (book.Holds(fromYear, throughYear - fromYear + 1)) return;
        var missing = Enumerable.Range(fromYear, Math.Max(0, throughYear - fromYear + 1)).Where(y => book.Inputs(y) is null).ToList();
        if (missing.Count == 0) return;
        foreach (var context in await _grains.Coordinator(book.Setup.RunId).GetYears(missing[0], missing[^1])) book.Add(context);
    }

    /// <summary>Drops a run's book (the run has ended), and any book no shard has opened for the keep-alive.</summary>
    public void Drop(Guid runId)
    {
        _books.TryRemove(runId, out _);
        DropStale();
    }

    private async Task<RunBook> Fetch(Guid runId)
    {
        DropStale();
        return new RunBook(await _grains.Coordinator(runId).GetSetup());
    }

    /// <summary>Stops the timer (the silo is stopping).</summary>
    public void Dispose() => _ageing.Dispose();

    private void DropStale()
    {
        var stale = Environment.TickCount64 - (long)RdsimOrleansDefaults.PopulationKeepAlive.TotalMilliseconds;
        foreach (var (id, lazy) in _books)
        {
            if (TryGet(id, out var book) && book.Used < stale) _books.TryRemove(new KeyValuePair<Guid, Lazy<Task<RunBook>>>(id, lazy));
        }
    }
}
