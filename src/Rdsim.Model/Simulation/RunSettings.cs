namespace Rdsim.Model.Simulation;

/// <summary>The years, seed and replications of a run (<c>simulation.*</c> in a scenario file).</summary>
/// <param name="FirstYear">First reported year.</param>
/// <param name="LastYear">Last reported year.</param>
/// <param name="WarmupYears">Years simulated under the first year's policy before the first reported year.</param>
/// <param name="Seed">The run's seed; populations and shocks are keyed by it.</param>
/// <param name="Replications">Number of replicates: independent shock paths over the same population.</param>
public sealed record RunSettings(int FirstYear, int LastYear, int WarmupYears, ulong Seed, int Replications)
{
    /// <summary>The first simulated (warm-up) year.</summary>
    public int StartYear => FirstYear - WarmupYears;

    /// <summary>Number of simulated years, warm-up included.</summary>
    public int SimulatedYears => LastYear - StartYear + 1;

    /// <summary>Number of reported years.</summary>
    public int ReportedYears => LastYear - FirstYear + 1;
}
