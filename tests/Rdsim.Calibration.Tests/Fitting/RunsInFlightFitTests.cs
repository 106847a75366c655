using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>Simulations run several at a time (as on a cluster) give the fit they give one after another, to the last bit.</summary>
public class RunsInFlightFitTests
{
    private static readonly MappedTarget[] Targets =
    [
        new(new Target("claimants", 120, "firms", 2018, "", 2), MetricCatalog.Find("claimants")!),
        new(new Target("relief_hnte", 150, "mn CNY", 2017, "", 3), MetricCatalog.Find("relief_hnte")!),
    ];

    private static Rdsim.Calibration.Results.CalibrationResult Fit(int runsInFlight)
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"),
            ["population.firms=300", "simulation.firstYear=2015", "simulation.lastYear=2018"]);
        var options = new CalibrationOptions
        {
            Replications = 2, Populations = 2, MaxEvaluations = 14, ScreeningPoints = 6, Starts = 1,
            FreeParameters = ["claimCost2016", "intensityMedian"], RunsInFlight = runsInFlight,
        };
        return Calibrator.Fit(scenario, new TargetMapping(Targets, []), options, null, CancellationToken.None);
    }

    [Fact]
    public void Four_simulations_in_flight_find_the_same_fit_as_one()
    {
        var one = Fit(1);
        var four = Fit(4);

        Assert.Equal(one.Evaluations, four.Evaluations);
        Assert.Equal(one.StartObjective, four.StartObjective);
        Assert.Equal(one.Objective, four.Objective);
        Assert.Equal(one.Parameters.Select(p => p.Coordinate), four.Parameters.Select(p => p.Coordinate));
        Assert.Equal(one.Rows.Select(r => (r.Mean, r.P5, r.P95)), four.Rows.Select(r => (r.Mean, r.P5, r.P95)));
        Assert.Equal(one.FittedOverrides, four.FittedOverrides);
    }
}
