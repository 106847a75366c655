using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Output;
using Rdsim.Calibration.Results;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Output;

public class FittedScenarioWriterTests
{
    [Fact]
    public void The_fitted_scenario_extends_the_input_and_loads_with_the_fitted_values_and_the_fits_overrides()
    {
        var input = ScenarioLoader.Load(RepositoryPaths.Scenario("ningbo-2013-base.yaml"));
        var free = FreeParameterSet.For(input, ["intensityMedian", "claimCost"]);
        var resolved = input.Resolved.Where(p => double.TryParse(p.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => p.Name, p => double.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture));
        var fitted = free.Select(p => new FittedParameter(p, 0.5,
            p.Keys.Select(k => new FittedValue(k, resolved[k], Calibrator.Round(p.ValueAt(resolved[k], 0.5)))).ToList())).ToList();
        var target = new MappedTarget(new Target("claimants", 1078, "firms", 2013, "", 2), MetricCatalog.Find("claimants")!);
        var values0 = ScenarioValues.From(input, fitted.SelectMany(p => p.Values).Select(v => v.Key), "ningbo-2013-base.yaml");
        var result = new CalibrationResult(input, fitted, [new FitRow(target, 1000, 900, 1100)], [], 1, 0.1, 10, 2, 1,
            ["simulation.seed=7", "superDeduction.extraRate={2007: 0.75}", "superDeduction.claimCost=9"],
            values0.Overrides(fitted.SelectMany(p => p.Values).Select(v => (v.Key, v.Value))));

        var folder = Directory.CreateTempSubdirectory("rdsim-fitted-").FullName;
        try
        {
            var path = Path.Combine(folder, "fitted.yaml");
            FittedScenarioWriter.Write(path, result, "rdsim calibrate test", "targets.csv");
            var text = File.ReadAllText(path);
            Assert.StartsWith("# Produced by `rdsim calibrate test`", text);
            var loaded = ScenarioLoader.Load(path);
            var values = loaded.Resolved.ToDictionary(p => p.Name, p => p.Value);
            Assert.Equal("0.04946", values["population.sectors.machinery.intensityMedian"]);
            Assert.Equal("0.03297", values["superDeduction.claimCost"]); // the fitted value wins over the override, as in the fit
            Assert.Equal(7UL, loaded.Run.Seed);
            Assert.Equal(values["superDeduction.extraRate"], ScenarioLoader.Load(path, ["superDeduction.extraRate={2007: 0.75}"])
                .Resolved.Single(p => p.Name == "superDeduction.extraRate").Value);
            Assert.NotEqual(values["superDeduction.extraRate"], input.Resolved.Single(p => p.Name == "superDeduction.extraRate").Value);
            Assert.Equal(input.Run.FirstYear, loaded.Run.FirstYear);
            Assert.Equal("Ningbo 2013 (calibrated)", loaded.Name);
            // The caveats stated in the input hold for the fit (it extends the input), so a re-fit keeps them.
            Assert.NotEmpty(input.Caveats!);
            Assert.Equal(input.Caveats, loaded.Caveats);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("Ningbo 2013 (uncalibrated)", "Ningbo 2013 (calibrated)")]
    [InlineData("Ningbo 2013", "Ningbo 2013 (calibrated)")]
    [InlineData("Test (uncalibrated) ", "Test (calibrated)")]
    [InlineData("Ningbo 2013 (calibrated)", "Ningbo 2013 (calibrated)")]
    public void The_fitted_name_replaces_the_uncalibrated_marker(string start, string expected) =>
        Assert.Equal(expected, FittedScenarioWriter.FittedName(start));

    [Theory]
    [InlineData(0.0329744, 0.03297)]
    [InlineData(1234.567, 1235)]
    [InlineData(-0.0123456, -0.01235)]
    public void Rounds_to_four_significant_digits(double value, double expected) => Assert.Equal(expected, Calibrator.Round(value));

    [Fact]
    public void One_year_s_entry_of_a_year_keyed_parameter_is_fitted_and_the_other_entries_kept()
    {
        var input = ScenarioLoader.Load(RepositoryPaths.Scenario("china-policy-2008-2024.yaml"), ["hnte.certificationSubsidy={2008: 0, 2016: 0.2}"]);
        var values = ScenarioValues.From(input, ["hnte.certificationSubsidy@2016", "superDeduction.claimCost@2018", "hnte.rate"], "china-policy-2008-2024.yaml");
        Assert.Equal(0.2, values.Starts["hnte.certificationSubsidy@2016"]);
        Assert.Equal(0.02, values.Starts["superDeduction.claimCost@2018"]);    // a constant holds in every year
        var overrides = values.Overrides([("hnte.certificationSubsidy@2016", 0.35), ("superDeduction.claimCost@2018", 0.01), ("hnte.rate", 0.12)]);
        Assert.Contains("hnte.certificationSubsidy={2008: 0, 2016: 0.35}", overrides);
        Assert.Contains("superDeduction.claimCost={2008: 0.02, 2018: 0.01}", overrides);
        Assert.Contains("hnte.rate=0.12", overrides);
        var fitted = ScenarioLoader.Load(RepositoryPaths.Scenario("china-policy-2008-2024.yaml"), overrides);
        Assert.Equal(0.35, fitted.Policy.At(2019).CertificationSubsidy);
        Assert.Equal(0.02, fitted.Policy.At(2017).ClaimCost);

        var e = Assert.Throws<InputException>(() => ScenarioValues.From(input, ["superDeduction.extraRate"], "c.yaml"));
        Assert.EndsWith("fit one year's entry instead (calibrate has no free parameter for one of its entries yet: keep it fixed).", e.Diagnostics[0].Message);
    }
}
