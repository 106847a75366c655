using FsCheck;
using FsCheck.Fluent;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Xunit.Abstractions;

namespace Rdsim.Fuzzing.Tests;

/// <summary>Mutated population CSV files: every case is read or rejected with the file, row and column named.</summary>
public class PopulationCsvFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_population_files_load_or_fail_with_located_errors()
    {
        var china = ScenarioLoader.Load(Path.Combine(FuzzSettings.RepositoryRoot, "scenarios", "china-2008-2024.yaml"));
        var folder = Directory.CreateTempSubdirectory("rdsim-fuzz-csv-").FullName;
        var valid = Path.Combine(folder, "valid.csv");
        PopulationCsv.Write(PopulationBuilder.Synthetic(china.Model, 5, 30), valid);
        var file = Path.Combine(folder, "fuzzed.csv");
        var outcome = new FuzzOutcome();
        try
        {
            Check.One(FuzzSettings.Config, Prop.ForAll(TextMutation.Of(File.ReadAllText(valid), ",").ToArbitrary(), bytes =>
            {
                File.WriteAllBytes(file, bytes);
                try
                {
                    PopulationCsv.Read(file, china.Model, 5);
                    outcome.Accept();
                    return true;
                }
                catch (InputException e)
                {
                    return outcome.Reject(e, file);
                }
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        output.WriteLine(outcome.Report("population CSV"));
    }
}
