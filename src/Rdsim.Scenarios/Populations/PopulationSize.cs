namespace Rdsim.Scenarios.Populations;

/// <summary>How many synthetic firms a scenario draws and how many enterprises each stands for (<c>population.firms</c>, <c>population.weight</c>).</summary>
/// <param name="Firms">Synthetic firms in the first reported year.</param>
/// <param name="Weight">Enterprises each firm stands for.</param>
public sealed record PopulationSize(int Firms, int Weight)
{
    /// <summary>The enterprises the firms stand for: what the totals of a run are totals of.</summary>
    public long Enterprises => (long)Firms * Weight;
}
