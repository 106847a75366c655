using FsCheck;
using FsCheck.Fluent;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Sweeps;
using Xunit.Abstractions;

namespace Rdsim.Fuzzing.Tests;

/// <summary>
/// Random --vary expressions: each ends in a grid whose points load as scenarios, or in an input error that
/// names --vary and the parameter — never an unhandled exception.
/// </summary>
public class VaryFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Ranges =
        ["0.5:1.0:0.25", "0:1:0.1", "1:0:0.1", "0:1:0", "0:1:-0.1", "NaN:1:0.1", "0:NaN:0.1", "0:1:NaN", "-1e308:1e308:1e-300", "0:1e400:1",
         "0:1:1e-9", "1:1:1", "0.1:0.2", "a:b:c", "0:1:0.1:2", "::", "-.inf:.inf:1", "2008:2024:1", "0x10:1:1", "1e-320:1:0.5"];

    [Fact]
    public void Random_vary_expressions_give_a_loadable_grid_or_a_located_error()
    {
        var china = Path.Combine(FuzzSettings.RepositoryRoot, "scenarios", "china-2008-2024.yaml");
        var names = Scenarios.Registry.ParameterRegistry.All.Select(p => p.Name).Concat(["hnte.rte", "", "nosuch"]).ToArray();
        var values = Gen.OneOf(Gen.Elements(Ranges), Gen.Elements(FuzzSettings.Payloads),
            Gen.ListOf(Gen.Elements(FuzzSettings.Payloads)).Where(l => l.Count is >= 1 and <= 4).Select(l => string.Join(",", l)));
        var expression =
            from name in Gen.Elements(names)
            from separator in Gen.Elements("=", "==", "", " = ")
            from value in values
            select name + separator + value;
        var outcome = new FuzzOutcome();
        Check.One(FuzzSettings.Config, Prop.ForAll(Gen.ListOf(expression).Where(l => l.Count is >= 1 and <= 2).ToArbitrary(), varies =>
        {
            try
            {
                var grid = new SweepGrid([.. varies.Select(v => VarySpec.Parse(v))]);
                foreach (var point in new[] { 0, grid.Points.Count - 1 }.Distinct())
                {
                    ScenarioLoader.LoadWith(china, [.. grid.Changes(point), ScenarioChange.Set("population.firms", 20)]);
                }
                outcome.Accept();
                return true;
            }
            catch (InputException e)
            {
                return outcome.Reject(e, china);
            }
        }));
        output.WriteLine(outcome.Report("--vary expressions"));
    }
}
