using Rdsim.Calibration.Fitting;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>The values a calibration starts from, read from the scenario: one number per free key, or one year's entry.</summary>
public class ScenarioValuesTests
{
    [Fact]
    public void A_year_keyed_value_fitted_whole_is_refused_naming_the_free_parameters_that_fit_one_entry()
    {
        var china = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024-base.yaml"));
        var error = Assert.Throws<InputException>(() => ScenarioValues.From(china, ["superDeduction.claimCost"], "china-2008-2024-base.yaml"));
        Assert.Contains("superDeduction.claimCost changes by year ({2008: 0.05, 2016: 0.02}): fit one year's entry instead (--free claimCost2008 or claimCost2016)",
            error.Message);
    }

    [Fact]
    public void Each_entry_of_a_year_keyed_policy_has_its_own_free_parameter()
    {
        var china = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"));
        var claim2016 = FreeParameterSet.For(china, ["claimCost2016"])[0];
        Assert.Equal(["superDeduction.claimCost@2016"], claim2016.Keys);
        Assert.Equal(["claimCost2008", "claimCost2016"], FreeParameterSet.YearEntriesOf("superDeduction.claimCost"));
        Assert.Empty(FreeParameterSet.YearEntriesOf("hnte.rate"));
    }
}
