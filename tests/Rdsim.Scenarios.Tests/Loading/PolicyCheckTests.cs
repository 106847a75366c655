using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Tests.Loading;

/// <summary>Incentives that would pay more than the R&amp;D costs (B ≤ 0) are refused, located at the setting that does it.</summary>
public sealed class PolicyCheckTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_deduction_worth_more_than_the_RD_is_refused_at_its_line()
    {
        var errors = _dir.Errors("cit:\n  standardRate: 0.5\nsuperDeduction:\n  extraRate: 1.2\n");
        var d = Assert.Single(errors);
        Assert.Equal(2, d.Line);
        Assert.Equal("cit.standardRate", d.Path);
        Assert.Contains("B-index", d.Message);
    }

    [Fact]
    public void A_credit_that_with_the_deduction_exceeds_the_cost_is_refused()
    {
        var d = Assert.Single(_dir.Errors("credit:\n  volumeRate: 0.8\n"));
        Assert.Equal("credit.volumeRate", d.Path);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void A_set_that_tips_a_file_s_rates_over_is_blamed_not_the_file()
    {
        var d = Assert.Single(_dir.Errors("cit:\n  standardRate: 0.25\n", "superDeduction.extraRate=5"));
        Assert.Equal(("--set", 0, "superDeduction.extraRate"), (d.File, d.Line, d.Path));
    }

    [Fact]
    public void Generous_but_finite_incentives_are_accepted()
    {
        var path = _dir.Write("ok.yaml", "superDeduction:\n  extraRate: 1.5\ncredit:\n  volumeRate: 0.3\n");
        Assert.NotNull(ScenarioLoader.Load(path, []));
    }
}
