using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Tests.Tables;

public class BunchingMassTests
{
    private static YearBreakdown With(params (double Intensity, int Firms)[] bins)
    {
        var breakdown = new YearBreakdown();
        foreach (var (intensity, firms) in bins)
        {
            for (var i = 0; i < firms; i++)
            {
                breakdown.Add(new FirmYearOutcome { IsActive = true, Revenue = 100, ReportedRd = intensity * 100, WindowIntensity = intensity }, 0, 0, TaxStatus.Taxpaying, 1);
            }
        }
        return breakdown;
    }

    [Fact]
    public void Excess_is_counted_in_the_thresholds_own_bin_and_missing_mass_in_the_point_below()
    {
        // Without the notch: 10 firms at 2.95%, 10 at 3.0%, 10 at 3.95%. With it, the 2.95% firms moved to 3%.
        var counterfactual = With((0.0295, 10), (0.030, 10), (0.0395, 10));
        var scenario = With((0.030, 20), (0.0395, 10));
        var mass = BunchingMass.Of(scenario, counterfactual, HistogramKind.AnnualAll, 0.03, [0.03, 0.04]);
        Assert.Equal(20, mass.At);
        Assert.Equal(10, mass.CounterfactualAt);
        Assert.Equal(10, mass.Excess);
        Assert.Equal(1.0, mass.ExcessRatio, 12);
        Assert.Equal(10, mass.Missing);
        Assert.Equal(1.0, mass.MissingRatio, 12);
        Assert.Equal(0.02, mass.BelowFrom, 12);
    }

    [Fact]
    public void Another_thresholds_bin_is_left_out_of_the_window_below()
    {
        // The 3% bin lies in the point below 4%: its bunchers are not "missing" from below 4%.
        var counterfactual = With((0.030, 5), (0.035, 10));
        var scenario = With((0.030, 15), (0.035, 10));
        var mass = BunchingMass.Of(scenario, counterfactual, HistogramKind.AnnualAll, 0.04, [0.03, 0.04]);
        Assert.Equal(10, mass.Below);
        Assert.Equal(10, mass.CounterfactualBelow);
        Assert.Equal(0, mass.Missing);
    }
}
