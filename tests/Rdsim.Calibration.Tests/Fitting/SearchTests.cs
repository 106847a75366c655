using Rdsim.Calibration.Fitting;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>The search's pieces: the Latin-hypercube screening and the free parameters' plausible ranges.</summary>
public class SearchTests
{
    [Fact]
    public void A_Latin_hypercube_puts_one_point_in_every_slice_of_every_dimension()
    {
        var points = LatinHypercube.Sample([-1, 0, 10], [1, 0.5, 20], 40, 2013);
        Assert.Equal(40, points.Count);
        var lower = new[] { -1.0, 0, 10 };
        var width = new[] { 2.0, 0.5, 10 };
        for (var d = 0; d < 3; d++)
        {
            var slices = points.Select(p => (int)Math.Floor((p[d] - lower[d]) / width[d] * 40)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, 40), slices);
        }
    }

    [Fact]
    public void A_Latin_hypercube_is_reproducible_from_its_seed_and_differs_across_seeds()
    {
        var a = LatinHypercube.Sample([0, 0], [1, 1], 10, 7);
        var b = LatinHypercube.Sample([0, 0], [1, 1], 10, 7);
        var c = LatinHypercube.Sample([0, 0], [1, 1], 10, 8);
        Assert.Equal(a.SelectMany(p => p), b.SelectMany(p => p));
        Assert.NotEqual(a.SelectMany(p => p), c.SelectMany(p => p));
    }

    [Fact]
    public void Every_free_parameter_has_a_range_around_the_input_and_a_step_inside_it()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("ningbo-2013-base.yaml"));
        var free = FreeParameterSet.For(scenario, FreeParameterSet.KnownNames);
        Assert.All(free, p =>
        {
            Assert.True(p.Lower < 0 && p.Upper > 0, $"{p.Name}: the input (u = 0) must lie inside its range");
            Assert.True(p.Step > 0 && p.Step < p.Upper - p.Lower, p.Name);
            Assert.True(p.Contains(0) && !p.Contains(p.Upper + 1e-9) && !p.Contains(p.Lower - 1e-9), p.Name);
        });
    }

    [Fact]
    public void The_ranges_keep_the_fitted_values_plausible()
    {
        var claim = FreeParameterSet.For(ScenarioLoader.Load(RepositoryPaths.Scenario("ningbo-2013-base.yaml")), ["claimCost"])[0];
        Assert.InRange(claim.ValueAt(0.02, claim.Lower), 0.004, 0.005);
        Assert.InRange(claim.ValueAt(0.02, claim.Upper), 0.2, 0.3);
    }
}
