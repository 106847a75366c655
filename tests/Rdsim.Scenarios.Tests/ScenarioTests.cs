using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Tests.Loading;

namespace Rdsim.Scenarios.Tests;

/// <summary>
/// A scenario changed in code (<see cref="Scenario.With(string, object?, string)"/> and its year-keyed variants) is checked by the
/// registry's rules and resolved again, as a <c>--set</c> of the same value is, and records where each value came from.
/// </summary>
public sealed class ScenarioTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Scenario Base => _dir.Load("name: s\nsimulation:\n  firstYear: 2010\n  lastYear: 2020\n  warmupYears: 1\n");

    [Fact]
    public void A_value_given_in_code_is_the_same_scenario_as_the_same_value_typed_on_the_command_line()
    {
        var inCode = Base.With("superDeduction.extraRate", 1.0);
        var typed = _dir.Load("name: s\nsimulation:\n  firstYear: 2010\n  lastYear: 2020\n  warmupYears: 1\n", "superDeduction.extraRate=1");

        Assert.Equal(typed.ContentHash, inCode.ContentHash);
        Assert.Equal(1.0, inCode.Policy.At(2015).ExtraRate);
        Assert.Equal(ScenarioChange.InCode, inCode.Resolved.Single(p => p.Name == "superDeduction.extraRate").Origin);
        Assert.Equal(0.5, Base.Policy.At(2015).ExtraRate);
    }

    [Fact]
    public void Year_keyed_values_change_from_their_years_on_and_one_entry_leaves_the_others()
    {
        var reform = Base.WithYears("superDeduction.extraRate", (2010, 0.5), (2015, 1.0));
        var entry = reform.WithEntry("superDeduction.extraRate", 2018, 0.75);

        Assert.Equal((0.5, 1.0), (reform.Policy.At(2014).ExtraRate, reform.Policy.At(2015).ExtraRate));
        Assert.Equal([0.5, 1.0, 1.0, 0.75, 0.75], new[] { 2014, 2015, 2017, 2018, 2020 }.Select(y => entry.Policy.At(y).ExtraRate));
        Assert.Equal("{2010: 0.5, 2015: 1, 2018: 0.75}", entry.Resolved.Single(p => p.Name == "superDeduction.extraRate").Value);
    }

    [Fact]
    public void A_value_the_registry_refuses_is_an_input_error_naming_the_parameter()
    {
        var outOfRange = Assert.Throws<InputException>(() => Base.With("hnte.rate", 1.5));
        var notByYear = Assert.Throws<InputException>(() => Base.WithYears("population.firms", (2010, 100)));

        Assert.Contains("hnte.rate", outOfRange.Message);
        Assert.Contains("population.firms", notByYear.Message);
        Assert.Throws<ArgumentException>(() => Base.ValueOf("hnte.rat"));
    }
}
