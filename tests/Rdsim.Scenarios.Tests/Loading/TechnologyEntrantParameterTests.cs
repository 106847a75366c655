using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Loading;

/// <summary>population.techEntrantShare (by entry year) and population.techEntrantIntensityScale as a scenario writes them.</summary>
public sealed class TechnologyEntrantParameterTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_share_is_read_by_entry_year_and_reaches_the_population_turnover()
    {
        var scenario = _dir.Load("population:\n  entryRate: 0.1\n  techEntrantShare: {2008: 0, 2016: 0.2}\n  techEntrantIntensityScale: 1.5\n");
        var technology = PopulationTurnover.Of(scenario).Technology;
        Assert.Equal((0.0, 0.2, 0.2), (technology.Share.At(2015), technology.Share.At(2016), technology.Share.At(2024)));
        Assert.Equal(1.5, technology.IntensityScale);
        Assert.Empty(scenario.Warnings);
    }

    [Fact]
    public void By_default_no_entrant_is_a_technology_firm()
    {
        var technology = _dir.Load("population:\n  entryRate: 0.1\n").Population.Technology;
        Assert.Equal((0.0, 1.0), (technology.Share.At(2020), technology.IntensityScale));
    }

    [Theory]
    [InlineData("  techEntrantShare: 1.5\n", 3, 21, "population.techEntrantShare", "valid range [0, 1]")]
    [InlineData("  techEntrantShare: {2008: 0, 2016: -0.1}\n", 3, 37, "population.techEntrantShare", "valid range [0, 1]")]
    [InlineData("  techEntrantIntensityScale: 0\n", 3, 30, "population.techEntrantIntensityScale", "valid range [0.001, 10]")]
    public void A_value_out_of_range_is_an_error_at_its_line_naming_the_parameter(string line, int row, int column, string parameter, string message)
    {
        var d = Assert.Single(_dir.Errors("population:\n  entryRate: 0.1\n" + line));
        Assert.Equal((row, column, parameter), (d.Line, d.Column, d.Path));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void The_intensity_scale_does_not_change_by_year()
    {
        var d = Assert.Single(_dir.Errors("population:\n  techEntrantIntensityScale: {2008: 1, 2016: 2}\n"));
        Assert.Equal("population.techEntrantIntensityScale", d.Path);
        Assert.Contains("cannot change by year", d.Message);
    }

    [Fact]
    public void A_share_with_no_synthetic_entrants_warns_that_it_draws_no_firm()
    {
        var w = Assert.Single(_dir.Load("population:\n  techEntrantShare: {2008: 0, 2016: 0.2}\n").Warnings);
        Assert.Equal(("population.techEntrantShare", 2), (w.Path, w.Line));
        Assert.Contains("draws no firm", w.Message);

        _dir.Write("firms.csv", "sector,revenue\nsoftware,5\n");
        var fromFile = _dir.Load("population:\n  from: firms.csv\n  techEntrantShare: 0.2\n").Warnings;
        Assert.Contains(fromFile, x => x.Path == "population.techEntrantShare");
        Assert.Empty(_dir.Load("population:\n  techEntrantShare: 0\n").Warnings);
    }
}
