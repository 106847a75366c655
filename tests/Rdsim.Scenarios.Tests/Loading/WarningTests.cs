using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Tests.Loading;

public sealed class WarningTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Values_outside_the_advisory_range_load_with_a_located_warning()
    {
        var loaded = _dir.Load("behaviour:\n  userCostElasticity: 3\n");
        Assert.Equal(3, loaded.Model.Behaviour.UserCostElasticity);
        var w = Assert.Single(loaded.Warnings);
        Assert.Equal((Severity.Warning, 2, 23, "behaviour.userCostElasticity"), (w.Severity, w.Line, w.Column, w.Path));
        Assert.Contains("advisory range [0.3, 2]", w.Message);
    }

    [Fact]
    public void Each_year_of_a_year_keyed_value_is_checked()
    {
        var loaded = _dir.Load("superDeduction:\n  extraRate: {2008: 0.5, 2020: 2.0}\n");
        var w = Assert.Single(loaded.Warnings);
        Assert.Equal("superDeduction.extraRate", w.Path);
    }

    [Fact]
    public void A_year_keyed_value_first_given_after_the_start_warns_that_it_holds_from_the_start()
    {
        var w = Assert.Single(_dir.Load("superDeduction:\n  extraRate: {2018: 1.0}\n").Warnings);
        Assert.Equal(("superDeduction.extraRate", 2), (w.Path, w.Line));
        Assert.Contains("first given for 2018, but the run starts in 2008", w.Message);
        Assert.Contains("{2008: 0.5, 2018: 1}", w.Message);
        Assert.Empty(_dir.Load("superDeduction:\n  extraRate: {2008: 0.5, 2018: 1.0}\n").Warnings);
        Assert.Empty(_dir.Load("superDeduction:\n  extraRate: {2018: 0.5}\n").Warnings); // the default holds before 2018 as well
        Assert.Empty(_dir.Load("superDeduction:\n  sectorExtraRate:\n    manufacturing: {2021: 1.0}\n").Warnings); // unset before 2021
        Assert.Empty(_dir.Load("simulation:\n  firstYear: 2018\nsuperDeduction:\n  extraRate: {2018: 1.0}\n").Warnings);
    }

    [Fact]
    public void Warnings_travel_with_errors()
    {
        var path = _dir.Write("mixed.yaml", "hnte:\n  rate: 0.3\n  enabled: maybe\n");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, []));
        Assert.Contains(e.Diagnostics, d => d.Severity == Severity.Warning && d.Path == "hnte.rate");
        Assert.Contains(e.Diagnostics, d => d.Severity == Severity.Error && d.Path == "hnte.enabled");
    }

    [Fact]
    public void An_entry_rate_with_a_population_file_warns_that_the_file_lists_the_entrants()
    {
        _dir.Write("firms.csv", "sector,revenue\nsoftware,5\n");
        var w = Assert.Single(_dir.Load("population:\n  from: firms.csv\n  entryRate: 0.05\n").Warnings);
        Assert.Equal(("population.entryRate", 3), (w.Path, w.Line));
        Assert.Contains("entry_year", w.Message);
        Assert.Empty(_dir.Load("population:\n  from: firms.csv\n  exitRate: 0.05\n").Warnings);
        Assert.Empty(_dir.Load("population:\n  entryRate: 0.05\n").Warnings);
    }

    [Fact]
    public void Set_warnings_have_file_set_and_line_zero()
    {
        var w = Assert.Single(_dir.Load("name: x\n", "behaviour.adjustmentSpeed=0.9").Warnings);
        Assert.Equal(("--set", 0, "behaviour.adjustmentSpeed"), (w.File, w.Line, w.Path));
    }
}
