using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Results;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>
/// A search started from an earlier fit (<see cref="CalibrationOptions.StartFrom"/>, <c>rdsim calibrate --start-from</c>)
/// starts at that fit's coordinates, worked out against the input, inside the input's ranges, and refuses a start that
/// is not a fit of the same input or lies outside them.
/// </summary>
public class StartFromTests
{
    private static readonly string[] Small = ["population.firms=300", "simulation.firstYear=2015", "simulation.lastYear=2018"];

    private static readonly MappedTarget[] Targets =
    [
        new(new Target("claimants", 120, "firms", 2018, "", 2), MetricCatalog.Find("claimants")!),
        new(new Target("relief_hnte", 150, "mn CNY", 2017, "", 3), MetricCatalog.Find("relief_hnte")!),
    ];

    private static readonly string[] Free = ["claimCost2016", "intensityMedian"];

    private static Scenario Input() => ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"), Small);

    private static CalibrationResult Fit(int budget, int screening, Scenario? startFrom = null) => Calibrator.Fit(Input(), new TargetMapping(Targets, []),
        new CalibrationOptions { Replications = 1, MaxEvaluations = budget, ScreeningPoints = screening, Starts = 1, FreeParameters = Free, StartFrom = startFrom },
        null, CancellationToken.None);

    [Theory]
    [InlineData(ParameterTransform.LogScale, 2.0, 0.7)]
    [InlineData(ParameterTransform.LogitShift, 0.3, -1.2)]
    [InlineData(ParameterTransform.Shift, 0.05, 0.04)]
    public void A_coordinate_is_found_again_from_the_value_it_gives(ParameterTransform transform, double start, double u)
    {
        var parameter = new FreeParameter("p", "", ["a.b"], transform, 0.5);
        Assert.Equal(u, parameter.CoordinateOf(start, parameter.ValueAt(start, u)), 12);
    }

    [Fact]
    public void A_start_that_says_nothing_about_a_coordinate_gives_none()
    {
        Assert.True(double.IsNaN(new FreeParameter("p", "", ["a.b"], ParameterTransform.LogScale, 0.5).CoordinateOf(0, 3)));
        Assert.True(double.IsNaN(new FreeParameter("p", "", ["a.b"], ParameterTransform.LogitShift, 0.5).CoordinateOf(1, 0.4)));
    }

    [Fact]
    public void A_search_started_from_an_earlier_fit_starts_at_its_coordinates()
    {
        var earlier = Fit(budget: 14, screening: 6);
        Assert.True(earlier.Objective < earlier.StartObjective, "the earlier fit must have moved for the test to mean anything");
        var fitted = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"), [.. Small, .. earlier.FittedOverrides]);

        // A budget of one simulation beyond the input's: the start itself, and nothing else.
        var resumed = Fit(budget: 1, screening: 0, startFrom: fitted);

        Assert.Equal(earlier.StartObjective, resumed.StartObjective);
        Assert.Equal(earlier.Parameters.Select(p => p.Coordinate), resumed.Parameters.Select(p => p.Coordinate), (a, b) => Math.Abs(a - b) < 1e-3);
        Assert.Equal(earlier.Objective, resumed.Objective, 6);
    }

    [Fact]
    public void A_start_outside_the_inputs_ranges_or_not_moved_as_a_fit_moves_is_refused()
    {
        var claimCost = FreeParameterSet.For(Input(), ["claimCost2016"])[0];
        var cost = ScenarioValues.From(Input(), claimCost.Keys, "input").Starts[claimCost.Keys[0]];
        var far = Input().WithEntry("superDeduction.claimCost", 2016, claimCost.ValueAt(cost, claimCost.Upper + 0.5));
        var outside = Assert.Throws<InputException>(() => Fit(budget: 1, screening: 0, startFrom: far));
        Assert.Contains(outside.Diagnostics, d => d.Message.Contains("'claimCost2016'", StringComparison.Ordinal)
            && d.Message.Contains("outside the range", StringComparison.Ordinal));

        var intensity = FreeParameterSet.For(Input(), ["intensityMedian"])[0];
        var starts = ScenarioValues.From(Input(), intensity.Keys, "input").Starts;
        var first = intensity.Keys[0];
        var uneven = Input().With(first, starts[first] * 2);
        var apart = Assert.Throws<InputException>(() => Fit(budget: 1, screening: 0, startFrom: uneven));
        Assert.Contains(apart.Diagnostics, d => d.Message.Contains("do not move together", StringComparison.Ordinal));
    }
}
