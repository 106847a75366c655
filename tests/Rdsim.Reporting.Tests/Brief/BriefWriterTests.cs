using System.Globalization;
using System.Net;
using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Files;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Brief;

/// <summary><c>brief.html</c> of a small run: the headline numbers, the command that reproduces it, and nothing that could run.</summary>
public sealed class BriefWriterTests : IDisposable
{
    private readonly TempFolder _temp = new("rdsim-brief-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_brief_opens_with_the_runs_headline_numbers_and_ends_with_how_to_reproduce_it()
    {
        var run = SmallRuns.ChinaResult;
        var headline = Headline.Of(run.Years);

        var html = File.ReadAllText(BriefWriter.Write(run, _temp.Path, [], ChartLanguage.En, MoneyUnit.Million));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(run.Name)}</h1>", html);
        Assert.Contains("What the incentives bought", html);
        string[] numbers =
        [
            headline.InducedRealRd.ToString("#,0", CultureInfo.InvariantCulture), headline.RevenueForgone.ToString("#,0", CultureInfo.InvariantCulture),
            headline.BangForBuck.ToString("0.00", CultureInfo.InvariantCulture), headline.HnteFirms.ToString("#,0", CultureInfo.InvariantCulture),
            headline.Claimants.ToString("#,0", CultureInfo.InvariantCulture),
        ];
        Assert.All(numbers, n => Assert.Contains($">{n}</td>", html));
        Assert.Contains($"{run.Manifest.Firms.ToString("#,0", CultureInfo.InvariantCulture)} firms, 2 replicate(s)", html);
        Assert.Contains($"<pre>{WebUtility.HtmlEncode(run.Manifest.Command)}</pre>", html);
        Assert.Contains(run.Manifest.ResultFingerprint, html);
        Assert.Contains("<code>population.<wbr>firms</code>", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void The_parameters_are_compact_tables_and_their_meanings_an_appendix_once_per_parameter()
    {
        var run = SmallRuns.ChinaResult;
        var html = File.ReadAllText(BriefWriter.Write(run, _temp.Path, [], ChartLanguage.En, MoneyUnit.Million));

        // Policy by year, one year a line; where each was set, or that it is the default.
        Assert.Contains("<code>superDeduction.<wbr>extraRate</code></td><td>2008: 0.5<br>2018: 0.75<br>2023: 1</td>", html);
        Assert.Matches(@"<code>behaviour.<wbr>userCostElasticity</code></td><td>[^<]+</td><td>elasticity</td><td>default</td>", html);
        // The sector traits as matrices: a sector a row (by its name), a trait a column; no row per sector and trait.
        Assert.Equal(3, html.Split("<table class=\"sectors\">").Length - 1);
        Assert.Contains("<tr><td>Software &amp; IT services</td>", html);
        Assert.DoesNotContain("population.<wbr>sectors.<wbr>software", html);
        // Each meaning once: a trait's for every sector, its reference given once for all of them.
        var appendix = html[html.IndexOf("<div class=\"appendix\">", StringComparison.Ordinal)..];
        Assert.Single(appendix.Split("population.<wbr>sectors.*.revenueMedian</code>").Skip(1), p => p.StartsWith(" (revenue median)", StringComparison.Ordinal));
        Assert.Contains("Median first-year revenue of the log-normal revenue distribution", appendix);
        Assert.DoesNotContain("(Software &amp; IT services)", appendix);
        Assert.Contains("Source: as for <code>population.<wbr>sectors.*.share</code>", appendix);
        // Where the full detail is.
        Assert.Contains("results.xlsx (sheet \u201cparameters\u201d) and in manifest.json", html);
        Assert.DoesNotContain("<details>", html);
    }

    [Fact]
    public void Text_from_outside_rdsim_is_encoded_and_a_changed_folder_is_named_above_everything()
    {
        var run = SmallRuns.ChinaResult;
        var hostile = run.With(run.Manifest with
        {
            Scenario = run.Manifest.Scenario with { Name = "<script>alert(1)</script>" },
            Command = "rdsim run \"x\" </pre><script>",
        });

        var html = File.ReadAllText(BriefWriter.Write(hostile, _temp.Path, [], ChartLanguage.Zh, MoneyUnit.Million, [new FolderAlteration(RunFolder.YearsFile, "changed")]));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html);
        Assert.Contains("<html lang=\"zh\">", html);
        Assert.Contains("激励政策的效果", html);
        Assert.True(html.IndexOf("this folder was changed", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));
        Assert.Contains("<li>years.csv: changed</li>", html);
    }
}
