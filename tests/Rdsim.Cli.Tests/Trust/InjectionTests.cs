using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 6: everything from outside that reaches the brief is shown as text. Before: a population file named
/// <c>&lt;img src=x onerror=alert(1)&gt;.csv</c>, or a manifest field holding <c>&lt;script&gt;</c>, landed in brief.html as raw
/// HTML (Markdown with HTML on), and Chromium ran it while printing.
/// </summary>
public class InjectionTests
{
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void Names_paths_and_values_with_markup_are_shown_as_text_in_the_brief_and_its_charts()
    {
        using var rdsim = new Rdsim();
        rdsim.Write(Image + ".csv", "sector,revenue\nmachinery,50\nsoftware,20\nelectronics,80\n");
        rdsim.Write("evil.yaml", $"""
            name: "{Script}"
            description: "{Image} [click](javascript:alert(1)) **bold**"
            extends: {Small.China}
            population:
              from: "{Image}.csv"
            """);
        var result = rdsim.Run(["run", "evil.yaml", "--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2018", "--engine", "reference", "--out", "r"]);
        Assert.True(result.ExitCode == 0, result.All);
        var brief = File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.html"));
        AssertInert(brief);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", brief);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.csv", brief);
        Assert.Contains("Content-Security-Policy", brief);
        Assert.Contains("brief.pdf written", result.Error);
        foreach (var svg in Directory.GetFiles(Path.Combine(rdsim.Folder, "r", "charts"), "*.svg")) AssertInert(File.ReadAllText(svg));
    }

    [Fact]
    public void A_manifest_field_edited_to_hold_a_script_is_refused_and_with_allow_modified_shown_as_text()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        var manifest = Path.Combine(rdsim.Folder, "r", "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"engine\": \"reference\"", $"\"engine\": \"{Script}\"").Replace("\"name\": \"China 2008-2024 (calibrated)\"", $"\"name\": \"{Image}\""));
        var refused = rdsim.Run("report", "r");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("manifest.json: error: edited after rdsim wrote it (its seal does not match its text)", refused.Error);
        Assert.Equal(0, rdsim.Run("report", "r", "--allow-modified").ExitCode);
        var brief = File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.html"));
        AssertInert(brief);
        Assert.Contains("engine &lt;script&gt;alert(1)&lt;/script&gt;", brief);
        Assert.Contains("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>", brief);
    }

    private static void AssertInert(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<strong>bold", html, StringComparison.Ordinal);
    }
}
