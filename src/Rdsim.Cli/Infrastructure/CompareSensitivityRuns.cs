using Rdsim.Engine;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Results;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The sensitivity runs of <c>rdsim compare --sensitivity</c>: every compared scenario rerun with each uncertain parameter at each
/// end of its advisory range, on the comparison's seed and replications, so that each reform is set against the baseline under
/// the same assumption on the same firms and shocks.
/// </summary>
public static class CompareSensitivityRuns
{
    /// <summary>
    /// The variants of each of <paramref name="scenarios"/> (the registry's uncertain parameters, low end then high end), all loaded
    /// and so checked before anything runs; every scenario's list has the same parameters and ends in the same order.
    /// </summary>
    /// <exception cref="Scenarios.Loading.InputException">An end a scenario does not accept.</exception>
    public static IReadOnlyList<IReadOnlyList<SensitivityVariant>> Variants(IReadOnlyList<Scenario> scenarios) =>
        [.. scenarios.Select(s => SensitivityVariant.Of(s, SensitivitySpec.Defaults, "--sensitivity"))];

    /// <summary>
    /// Runs <paramref name="variants"/> (from <see cref="Variants"/>) on <paramref name="engine"/>, variant by variant, and returns each
    /// compared scenario of <paramref name="runs"/> (the plain comparison's runs, the baseline first) against the baseline.
    /// </summary>
    public static async Task<IReadOnlyList<ReformSensitivity>> Execute(IReadOnlyList<RunResult> runs, IReadOnlyList<IReadOnlyList<SensitivityVariant>> variants,
        ISimulationEngine engine, CancellationToken cancellationToken)
    {
        var count = variants.Sum(v => v.Count);
        CliConsole.Say(t => t.CompareSensitivityRuns, count);
        var pairs = runs.Skip(1).Select(_ => new List<(SensitivitySpec, SensitivityEnd, RunResult, RunResult)>()).ToList();
        for (var j = 0; j < variants[0].Count; j++)
        {
            var baseline = await SensitivityRuns.Run(variants[0][j], engine, cancellationToken, named: true);
            for (var i = 1; i < variants.Count; i++)
            {
                var reform = await SensitivityRuns.Run(variants[i][j], engine, cancellationToken, named: true);
                pairs[i - 1].Add((variants[i][j].Spec, variants[i][j].End, baseline, reform));
            }
        }
        return [.. pairs.Select((p, i) => ReformSensitivity.Of(runs[0], runs[i + 1], p))];
    }
}
