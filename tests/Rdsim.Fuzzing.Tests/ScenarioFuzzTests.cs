using FsCheck;
using FsCheck.Fluent;
using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Xunit.Abstractions;

namespace Rdsim.Fuzzing.Tests;

/// <summary>
/// Mutated scenario files and --set expressions: every case ends in a valid run or in an input error
/// that names the file and line — never an unhandled exception.
/// </summary>
public class ScenarioFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_scenario_files_run_or_fail_with_located_errors()
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-fuzz-").FullName;
        File.WriteAllText(Path.Combine(folder, "china-2008-2024.yaml"), FuzzSettings.ScenarioText("china-2008-2024.yaml"));
        var file = Path.Combine(folder, "fuzzed.yaml");
        var outcome = new FuzzOutcome();
        var sources = Gen.Elements(FuzzSettings.ScenarioText("china-2008-2024.yaml"), FuzzSettings.ScenarioText("no-incentives.yaml"));
        var cases = sources.SelectMany(text => TextMutation.Of(text, ":")).ToArbitrary();
        try
        {
            Check.One(FuzzSettings.Config, Prop.ForAll(cases, bytes =>
            {
                File.WriteAllBytes(file, bytes);
                try
                {
                    RunSmall(ScenarioLoader.Load(file, ["population.firms=20"]));
                    outcome.Accept();
                    return true;
                }
                catch (InputException e)
                {
                    return outcome.Reject(e, file);
                }
                catch (Exception e)
                {
                    var kept = Path.Combine(Path.GetTempPath(), "rdsim-fuzz-failure.yaml");
                    File.WriteAllBytes(kept, bytes);
                    throw new InvalidOperationException($"Unhandled {e.GetType().Name} ({e.Message}); the input is kept in {kept}", e);
                }
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        output.WriteLine(outcome.Report("scenario YAML"));
    }

    [Fact]
    public void Random_set_expressions_run_or_fail_with_located_errors()
    {
        var china = Path.Combine(FuzzSettings.RepositoryRoot, "scenarios", "china-2008-2024.yaml");
        var names = Scenarios.Registry.ParameterRegistry.All.Select(p => p.Name).Concat(["hnte.rte", "nosuch", "", "hnte", "superDeduction.sectorExtraRate.nosector"]).ToArray();
        var expression =
            from name in Gen.Elements(names)
            from separator in Gen.Elements("=", "==", " = ", "", ":")
            from value in Gen.Elements(FuzzSettings.Payloads)
            select name + separator + value;
        var outcome = new FuzzOutcome();
        Check.One(FuzzSettings.Config, Prop.ForAll(Gen.ListOf(expression).Where(l => l.Count is >= 1 and <= 3).ToArbitrary(), overrides =>
        {
            try
            {
                RunSmall(ScenarioLoader.Load(china, [.. overrides, "population.firms=20"]));
                outcome.Accept();
                return true;
            }
            catch (InputException e)
            {
                return outcome.Reject(e, china);
            }
        }));
        output.WriteLine(outcome.Report("--set expressions"));
    }

    /// <summary>A valid scenario must also run: build its (small) population and simulate it.</summary>
    private static void RunSmall(Scenario s)
    {
        var population = PopulationBuilder.Build(s);
        var run = s.Run with { Replications = 1 };
        new ReferenceEngine(1).RunAsync(new SimulationInput(run, s.Model, s.Policy, population.Traits), null, default).GetAwaiter().GetResult();
    }
}
