using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sweeps;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Runs;

/// <summary>A sweep's results in memory: every point's run, in grid order, and what each bought over the whole run.</summary>
/// <param name="Grid">The grid swept.</param>
/// <param name="Points">Each point's results (point <c>i</c> is <c>Grid.Points[i]</c>).</param>
public sealed record SweepResult(SweepGrid Grid, IReadOnlyList<RunResult> Points)
{
    /// <summary>Each point's cumulative induced real R&amp;D and revenue forgone (what the heatmaps and the frontier draw).</summary>
    public IReadOnlyList<SweepSummary> Summaries { get; } = [.. Points.Select((p, i) => SweepSummary.Of(i, Grid.Points[i], p.Years))];

    /// <summary>The swept parameters' names, in grid order.</summary>
    public IReadOnlyList<string> Parameters => [.. Grid.Specs.Select(s => s.Name)];
}
