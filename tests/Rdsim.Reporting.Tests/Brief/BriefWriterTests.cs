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

        var html = File.ReadAllText(BriefWriter.Write(run, _temp.Path, [], ChartLanguage.En));

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
        Assert.Contains("<code>population.firms</code>", html);
        Assert.Contains("default-src 'none'", html);
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

        var html = File.ReadAllText(BriefWriter.Write(hostile, _temp.Path, [], ChartLanguage.Zh, [new FolderAlteration(RunFolder.YearsFile, "changed")]));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html);
        Assert.Contains("<html lang=\"zh\">", html);
        Assert.Contains("激励政策的效果", html);
        Assert.True(html.IndexOf("this folder was changed", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));
        Assert.Contains("<li>years.csv: changed</li>", html);
    }
}
