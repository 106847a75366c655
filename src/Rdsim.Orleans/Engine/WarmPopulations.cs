using System.Collections.Concurrent;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Engine;

/// <summary>
/// The populations an engine's runs finished on lately: their grains stay active for <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/>
/// after a run, so the next run on one of them (a sweep's next point, a calibration's next try) activates nothing and need not
/// step its first year alone. A belief, not a fact (a silo may have been lost since, another client may have warmed a
/// population): it decides only how a run's years are batched, never a result.
/// </summary>
internal sealed class WarmPopulations
{
    private readonly ConcurrentDictionary<Guid, long> _finished = new();

    /// <summary>The clock the keep-alive is measured by (a test's own, to age the entries).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Whether a run of this engine finished on <paramref name="population"/> within the keep-alive.</summary>
    public bool Contains(Guid population) =>
        _finished.TryGetValue(population, out var at) && Time.GetElapsedTime(at) < RdsimOrleansDefaults.PopulationKeepAlive;

    /// <summary>A run on <paramref name="population"/> finished and left its grains active; entries past the keep-alive go.</summary>
    public void Finished(Guid population)
    {
        foreach (var (id, _) in _finished)
        {
            if (!Contains(id)) _finished.TryRemove(id, out _);
        }
        _finished[population] = Time.GetTimestamp();
    }

    /// <summary>A run on <paramref name="population"/> was cut short and let its grains go.</summary>
    public void LetGo(Guid population) => _finished.TryRemove(population, out _);
}
