using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Metrics;

public class TargetMappingTests
{
    [Fact]
    public void Maps_the_Ningbo_targets_the_model_produces_and_lists_the_rest()
    {
        var mapping = TargetMapping.Of(TargetsReader.Read(RepositoryPaths.NingboTargets), "ningbo.csv");
        var fitted = mapping.Fitted.ToDictionary(m => m.Target.Metric, m => m.Metric.Name);
        Assert.Equal("hnte_firms", fitted["hnte_firms_with_preferential_rate"]);
        Assert.Equal("relief_hnte", fitted["hnte_rate_relief"]);
        Assert.Equal("claimants", fitted["super_deduction_claimants"]);
        Assert.Equal("deducted_amount", fitted["super_deduction_deducted_amount_extra_50pct"]);
        Assert.Equal("relief_super_deduction_at_25pct", fitted["super_deduction_relief_at_25pct"]);
        Assert.Equal("hnte_newly_certified", fitted["newly_certified_hnte"]);
        Assert.Equal("high_tech_industry_output/revenue", fitted["high_tech_output_share"]);
        Assert.Equal("revenue", fitted["above_scale_industrial_output"]);
        Assert.Equal("high_tech_industry_output", fitted["high_tech_industry_output"]);
        // Society-wide R&D and enterprises' S&T spending bound the enterprises' R&D from above.
        Assert.Equal("real_rd", fitted["total_rd_spending"]);
        Assert.Equal("real_rd", fitted["above_scale_enterprise_st_spending"]);
        Assert.Equal(["above_scale_enterprise_st_spending", "total_rd_spending"], mapping.Fitted.Where(m => m.IsUpperBound).Select(m => m.Target.Metric).Order());
        Assert.Equal(11, mapping.Fitted.Count);
        Assert.Equal(8, mapping.Ignored.Count);
        Assert.Contains(mapping.Ignored, i => i.Target.Metric == "rd_to_gdp" && i.Reason.En.Contains("GDP") && i.Reason.Zh.Contains("GDP"));
    }

    [Fact]
    public void Only_unknown_metrics_is_an_error()
    {
        var targets = new[] { new Target("sunshine_hours", 2000, "hours", 2013, "", 2) };
        var e = Assert.Throws<InputException>(() => TargetMapping.Of(targets, "t.csv"));
        Assert.Contains("No target is a metric rdsim produces", e.Diagnostics[0].Message);
    }

    [Fact]
    public void A_fitted_target_must_be_positive()
    {
        var targets = new[] { new Target("claimants", 0, "firms", 2013, "", 3) };
        var e = Assert.Throws<InputException>(() => TargetMapping.Of(targets, "t.csv"));
        Assert.StartsWith("t.csv:3:1: error: claimants:", e.Diagnostics[0].ToString());
    }
}
