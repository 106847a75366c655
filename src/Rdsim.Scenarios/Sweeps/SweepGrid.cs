namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// The full factorial of a sweep: every combination of the swept values, the last parameter varying
/// fastest. Point <c>i</c> is always the same combination for the same specs, so finished points can be
/// recognised after a restart.
/// </summary>
public sealed class SweepGrid
{
    /// <summary>The grid of <paramref name="specs"/> (at least one).</summary>
    public SweepGrid(IReadOnlyList<VarySpec> specs)
    {
        if (specs.Count == 0) throw new ArgumentException("A sweep needs at least one varied parameter.", nameof(specs));
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

    /// <summary>The <c>--set</c> overrides of a point.</summary>
    public IReadOnlyList<string> Overrides(int point) =>
        Specs.Select((s, i) => $"{s.Name}={Points[point][i]}").ToList();
}
