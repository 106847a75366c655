using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// The full factorial of a sweep: every combination of the swept values, the last parameter varying
/// fastest. Point <c>i</c> is always the same combination for the same specs, so finished points can be
/// recognised after a restart. A grid holds at most <see cref="MaxPoints"/> points (each one is a whole run;
/// three ranges of ~900 values made 6.7e8 points and 6 GB before anything ran).
/// </summary>
public sealed class SweepGrid
{
    /// <summary>The most points a sweep may have.</summary>
    public const int MaxPoints = 10_000;

    /// <summary>The grid of <paramref name="specs"/> (at least one).</summary>
    /// <exception cref="InputException">The grid has more than <see cref="MaxPoints"/> points.</exception>
    public SweepGrid(IReadOnlyList<VarySpec> specs)
    {
        if (specs.Count == 0) throw new ArgumentException("A sweep needs at least one varied parameter.", nameof(specs));
        var size = specs.Aggregate(1.0, (product, spec) => product * spec.Values.Count);
        if (size > MaxPoints)
        {
            var sizes = string.Join(" × ", specs.Select(spec => spec.Values.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            throw new InputException(Diagnostic.Error("--vary", 0, 0, specs[^1].Name, new(
                $"the grid has {sizes} = {size:N0} points; a sweep may have at most {MaxPoints:N0} (each point is a whole run): vary fewer values.",
                $"取值组合共 {sizes} = {size:N0} 个点；一次参数扫描最多 {MaxPoints:N0} 个点（每个点都是一次完整运行）：请减少取值。")));
        }
        Specs = specs;
        IEnumerable<IReadOnlyList<string>> points = [[]];
        foreach (var spec in specs)
        {
            points = points.SelectMany(p => spec.Values.Select(v => (IReadOnlyList<string>)[.. p, v])).ToList();
        }
        Points = points.ToList();
    }

    /// <summary>The swept parameters, in order.</summary>
    public IReadOnlyList<VarySpec> Specs { get; }

    /// <summary>Every point: one value per swept parameter, in <see cref="Specs"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Points { get; }

    /// <summary>
    /// The changes of a point: each swept value as typed (parsed here, where the user typed it), reported against what gave
    /// it (<paramref name="origins"/>, one per swept parameter: <c>--vary</c> or the sweep file; default <c>--vary</c>).
    /// </summary>
    public IReadOnlyList<ScenarioChange> Changes(int point, IReadOnlyList<string>? origins = null) =>
        [.. Specs.Select((s, i) => ScenarioChange.Parse(s.Name, Points[point][i], origins?[i] ?? "--vary"))];
}
