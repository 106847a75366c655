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
    public void An_unknown_metric_is_an_error_at_its_line_with_the_closest_name()
    {
        var targets = new[] { new Target("claimants", 40, "firms", 2013, "", 2), new Target("hnte_firmz", 5, "firms", 2013, "", 3) };
        var e = Assert.Throws<InputException>(() => TargetMapping.Of(targets, "t.csv"));
        var d = Assert.Single(e.Diagnostics);
        Assert.StartsWith("t.csv:3:1: error: metric: no rdsim metric 'hnte_firmz' (did you mean 'hnte_firms'?)", d.ToString());
        Assert.Contains("'hnte_firms'", d.MessageZh);
    }

    [Fact]
    public void A_figure_known_to_be_out_of_reach_is_listed_not_fitted_and_alone_is_an_error()
    {
        var mapping = TargetMapping.Of([new Target("claimants", 40, "firms", 2013, "", 2), new Target("hnte_taxes_paid", 800, "mn CNY", 2013, "", 3)], "t.csv");
        Assert.Equal("hnte_taxes_paid", Assert.Single(mapping.Ignored).Target.Metric);

        var e = Assert.Throws<InputException>(() => TargetMapping.Of([new Target("rd_to_gdp", 0.02, "fraction", 2013, "", 2)], "t.csv"));
        Assert.Contains("No target is a metric rdsim produces", e.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("ningbo-2013-targets.csv", 11, 8)]
    [InlineData("ningbo-held-out.csv", 2, 0)]
    [InlineData("china-national-targets.csv", 27, 1)]
    public void The_committed_targets_files_map_without_an_error(string file, int fitted, int ignored)
    {
        var mapping = TargetMapping.Of(TargetsReader.Read(Path.Combine(RepositoryPaths.Root, "scenarios", "targets", file)), file);
        Assert.Equal(fitted, mapping.Fitted.Count);
        Assert.Equal(ignored, mapping.Ignored.Count);
    }

    [Fact]
    public void Docs_targets_md_lists_every_name_a_targets_file_may_use()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "targets.md"));
        Assert.All(MetricCatalog.Names, name => Assert.Contains($"`{name}`", doc));
    }

    [Fact]
    public void A_fitted_target_must_be_positive()
    {
        var targets = new[] { new Target("claimants", 0, "firms", 2013, "", 3) };
        var e = Assert.Throws<InputException>(() => TargetMapping.Of(targets, "t.csv"));
        Assert.StartsWith("t.csv:3:1: error: claimants:", e.Diagnostics[0].ToString());
    }
}
