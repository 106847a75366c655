using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Output;
using Rdsim.Calibration.Results;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Output;

/// <summary><c>fit.csv</c>: the fitted targets against their simulation, rounded, then the targets not fitted and why.</summary>
public sealed class FitTableTests
{
    [Fact]
    public void Fitted_targets_come_first_rounded_then_the_ignored_ones_with_their_reason()
    {
        var claimants = new MappedTarget(new Target("super_deduction_claimants", 1078, "firms", 2013, "", 2), MetricCatalog.Find("claimants")!);
        var ignored = new IgnoredTarget(new Target("rd_to_gdp", 0.024, "share", 2013, "", 3), new Bilingual("the model has no GDP", "模型不含GDP"));
        var result = new CalibrationResult(ScenarioLoader.Load(RepositoryPaths.Scenario("ningbo-2013-base.yaml")), [],
            [new FitRow(claimants, 1200.123456789, 1100, 1300)], [ignored], 1, 0.5, 10, 1, 1, [], []);
        var path = Path.Combine(Directory.CreateTempSubdirectory("rdsim-fit-").FullName, CalibrationFolder.TableFile);
        try
        {
            FitTable.Write(path, result);

            Assert.Equal(
            [
                "target_metric,rdsim_metric,year,unit,target,simulated_mean,p5,p95,relative_error,within_10pct,note",
                "super_deduction_claimants,claimants,2013,firms,1078,1200.123457,1100,1300,0.1133,false,",
                "rd_to_gdp,,2013,share,0.024,,,,,,not fitted: the model has no GDP",
            ], File.ReadAllLines(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
