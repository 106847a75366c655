using Rdsim.Reporting.Results;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Tests.Shared;

/// <summary>
/// Runs small enough for a unit test (the fitted China scenario on 200 unweighted firms, 2008–2011 after its warm-up, two
/// replicates: a fraction of a second), each made once per test assembly and shared, so that tests about what is drawn,
/// saved or compared from a run's results read real results without paying for a run each. Linked into the test projects
/// that need it (their csproj), so there is one copy.
/// </summary>
internal static class SmallRuns
{
    /// <summary>The repository's root (the folder of Simulation.sln), found from the test assembly's folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Two points: the extra deduction at 50% and at 100% in every year.</summary>
    public static SweepGrid DeductionGrid { get; } = new([VarySpec.Of("superDeduction.extraRate", ["0.5", "1"])]);

    private static readonly Lazy<RunResult> ChinaRun = new(() => Simulator.Run(China()).GetAwaiter().GetResult());

    private static readonly Lazy<IReadOnlyList<RunResult>> Reform = new(() =>
        Simulator.Compare([China(), China().With("superDeduction.extraRate", 1.0)]).GetAwaiter().GetResult());

    private static readonly Lazy<SweepResult> Sweep = new(() => Simulator.Sweep(China(), DeductionGrid).GetAwaiter().GetResult());

    /// <summary>The small China scenario: scenarios/china-2008-2024.yaml on 200 firms of weight 1, reported 2008–2011, 2 replicates.</summary>
    public static Scenario China() =>
        ScenarioLoader.Load(Path.Combine(Root, "scenarios", "china-2008-2024.yaml")).With(
        [
            ScenarioChange.Set("population.firms", 200), ScenarioChange.Set("population.weight", 1),
            ScenarioChange.Set("simulation.lastYear", 2011), ScenarioChange.Set("simulation.replications", 2),
        ]);

    /// <summary>
    /// The China scenario at its own weight on <paramref name="firms"/> firms, reported 2015–2020 (the 2016 rules and the 175%
    /// deduction) with <paramref name="replications"/> replicates, run anew: for tests that need HNTEs and claimants in numbers.
    /// </summary>
    public static Task<RunResult> ChinaFrom2015(int firms = 600, int replications = 2) =>
        Simulator.Run(ScenarioLoader.Load(Path.Combine(Root, "scenarios", "china-2008-2024.yaml")).With(
        [
            ScenarioChange.Set("population.firms", firms), ScenarioChange.Set("simulation.firstYear", 2015),
            ScenarioChange.Set("simulation.lastYear", 2020), ScenarioChange.Set("simulation.replications", replications),
        ]));

    /// <summary>The results of <see cref="China"/>, made once.</summary>
    public static RunResult ChinaResult => ChinaRun.Value;

    /// <summary><see cref="China"/> compared with itself at a 100% extra deduction (same seed and firms), made once: baseline first.</summary>
    public static IReadOnlyList<RunResult> DeductionReform => Reform.Value;

    /// <summary><see cref="China"/> swept over <see cref="DeductionGrid"/>, made once.</summary>
    public static SweepResult DeductionSweep => Sweep.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Simulation.sln not found above the test folder.");
    }
}
