using Rdsim.Engine;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Cli.Infrastructure;

/// <summary>The sensitivity runs of <c>rdsim sensitivity</c>, <c>rdsim run --sensitivity</c> and <c>rdsim compare --sensitivity</c> on the terminal: which parameters, then each run with its progress.</summary>
public static class SensitivityRuns
{
    /// <summary>The parameters of <c>--vary name=low,high</c> options, or the registry's uncertain ones when none is given.</summary>
    /// <exception cref="Scenarios.Loading.InputException">A bad <c>--vary</c>, or a parameter varied twice.</exception>
    public static IReadOnlyList<SensitivitySpec> Specs(IReadOnlyList<string> vary)
    {
        IReadOnlyList<SensitivitySpec> specs = vary.Count == 0 ? SensitivitySpec.Defaults : [.. vary.Select(v => SensitivitySpec.Parse(v))];
        if (specs.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } twice) throw Errors.VariedTwice(twice.Key);
        return specs;
    }

    /// <summary>Checks that every one of <paramref name="variants"/> fits in memory on <paramref name="engine"/> (a varied population size changes it).</summary>
    public static void RequireMemory(IReadOnlyList<SensitivityVariant> variants, ISimulationEngine engine, bool force)
    {
        foreach (var v in variants) MemoryCheck.Require(v.Scenario, MemoryEstimate.For(v.Scenario, engine.Capabilities.Firms), force);
    }

    /// <summary>Warns of what the variants' values give beyond the base scenario's own warnings (a <c>--vary</c> end outside the advisory range).</summary>
    public static void Warn(Scenario baseScenario, IReadOnlyList<SensitivityVariant> variants)
    {
        var known = baseScenario.Warnings.Select(w => w.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var warning in variants.SelectMany(v => v.Scenario.Warnings).DistinctBy(w => w.ToString()).Where(w => !known.Contains(w.ToString())))
        {
            CliConsole.Warn(warning);
        }
    }

    /// <summary>Runs every variant on <paramref name="engine"/>, one after another, and returns them with <paramref name="baseRun"/> as the analysis.</summary>
    public static async Task<SensitivityResult> Execute(RunResult baseRun, IReadOnlyList<SensitivityVariant> variants, ISimulationEngine engine,
        CancellationToken cancellationToken)
    {
        CliConsole.Say(t => t.SensitivityRuns, variants.Count);
        var runs = new List<(SensitivitySpec, SensitivityEnd, RunResult)>(variants.Count);
        foreach (var v in variants) runs.Add((v.Spec, v.End, await Run(v, engine, cancellationToken)));
        return SensitivityResult.Of(baseRun, runs);
    }

    /// <summary>
    /// Runs <paramref name="variant"/> on <paramref name="engine"/>, its progress labelled with the parameter and value (after the
    /// scenario's name when <paramref name="named"/>, for runs of several scenarios).
    /// </summary>
    public static Task<RunResult> Run(SensitivityVariant variant, ISimulationEngine engine, CancellationToken cancellationToken, bool named = false) =>
        ProgressDisplay.Show($"{(named ? variant.Scenario.Name + ": " : "")}{variant.Spec.Name}={variant.Spec.At(variant.End)}", progress =>
            Simulator.Run(variant.Scenario, new RunOptions { Engine = engine, Progress = progress }, cancellationToken));
}
