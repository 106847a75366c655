using Rdsim.Calibration.Targets;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Targets;

public class TargetsReaderTests
{
    private const string Header = "metric,value,unit,year,source_phrase";

    [Fact]
    public void Reads_the_Ningbo_targets_file()
    {
        var targets = TargetsReader.Read(RepositoryPaths.NingboTargets);
        Assert.Equal(19, targets.Count);
        var hnte = targets[0];
        Assert.Equal("hnte_firms_with_preferential_rate", hnte.Metric);
        Assert.Equal(626, hnte.Value);
        Assert.Equal("firms", hnte.Unit);
        Assert.Equal(2013, hnte.Year);
        Assert.Equal(2, hnte.Line);
        Assert.StartsWith("全市有626家", hnte.SourcePhrase);
        Assert.Equal(0.306, targets.Single(t => t.Metric == "high_tech_output_share").Value);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_and_quotes()
    {
        var targets = TargetsReader.Parse([Header, "claimants,1078,firms,2013,\"a, \"\"quoted\"\" phrase\""], "t.csv");
        Assert.Equal("a, \"quoted\" phrase", targets[0].SourcePhrase);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_line_and_column()
    {
        var e = Assert.Throws<InputException>(() => TargetsReader.Parse(
        [
            Header,
            "claimants,1078,firms,2013,ok",
            "hnte_firms,lots,firms,2013,x",
            "relief_hnte,1693,mn CNY,13th,x",
            "too,few,fields",
            "claimants,1,firms,2013,again",
            ",5,firms,2013,x",
        ], "t.csv"));
        var messages = e.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(5, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("t.csv:3:12: error: value:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("t.csv:4:25: error: year:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("t.csv:5:1: error: Expected 5 fields", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("t.csv:6:1: error: metric: 'claimants' is listed twice for 2013 (first on line 2)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("t.csv:7:1: error: metric: The metric name is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_header_is_an_error()
    {
        var e = Assert.Throws<InputException>(() => TargetsReader.Parse(["name,value", "a,1"], "t.csv"));
        Assert.StartsWith("t.csv:1:1: error: Expected the header metric,value,unit,year,source_phrase", e.Diagnostics[0].ToString());
    }

    [Fact]
    public void An_empty_file_or_one_without_targets_is_an_error()
    {
        Assert.Throws<InputException>(() => TargetsReader.Parse([], "t.csv"));
        Assert.Throws<InputException>(() => TargetsReader.Parse([Header, ""], "t.csv"));
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var e = Assert.Throws<InputException>(() => TargetsReader.Read("no-such-targets.csv"));
        Assert.Contains("no-such-targets.csv", e.Diagnostics[0].ToString());
    }

    [Fact]
    public void A_metric_may_be_given_for_several_years_and_a_source_may_be_named_and_quoted_apart()
    {
        var targets = TargetsReader.Parse(
        [
            "metric,value,unit,year,source,quote",
            "enterprise_rd,338170,mn CNY,2008,\"NBS communique 2008\",\"各类企业经费支出 3381.7亿元\"",
            "enterprise_rd,518550,mn CNY,2010,communique 2010,5185.5亿元",
        ], "n.csv");
        Assert.Equal([2008, 2010], targets.Select(t => t.Year));
        Assert.Equal("NBS communique 2008: 各类企业经费支出 3381.7亿元", targets[0].SourcePhrase);
    }
}
