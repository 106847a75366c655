using Parquet.Serialization;
using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Panel;

namespace Rdsim.Cli.Tests.Commands;

public class RunOutputsTests
{
    [Fact]
    public void A_rerun_into_the_same_folder_removes_what_the_earlier_run_wrote_and_lists_only_its_own_files()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--panel", "--out", "r"]).ExitCode);
        rdsim.Write(Path.Combine("r", "notes.txt"), "the analyst's own file");
        var again = rdsim.Run(["run", Small.China, .. Small.Set(), "--set", "hnte.rate=0.10", "--engine", "reference", "--no-charts", "--out", "r"]);
        Assert.Equal(0, again.ExitCode);

        var folder = Path.Combine(rdsim.Folder, "r");
        Assert.False(Directory.Exists(Path.Combine(folder, "charts")), "the first run's charts are stale");
        Assert.False(File.Exists(Path.Combine(folder, "firms.parquet")), "the first run's panel is stale");
        Assert.True(File.Exists(Path.Combine(folder, "notes.txt")));
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.DoesNotContain(listed, f => f!.StartsWith("charts/") || f == "firms.parquet");
        Assert.Contains("years.csv", listed);
        Assert.DoesNotContain("notes.txt", listed);
        var years = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "years.csv");
        Assert.Equal(global::Rdsim.Scenarios.IO.FileHash.Sha256(Path.Combine(folder, "years.csv")), years.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_run_writes_charts_with_titles_a_brief_and_with_panel_a_firm_parquet()
    {
        using var rdsim = new Rdsim();
        // Without turnover every firm is present in every year, so the panel has firms × years × replicates × worlds rows.
        var result = rdsim.Run(["run", Small.China, .. Small.Set(), "--set", "population.entryRate=0", "--set", "population.exitRate=0", "--replications", "2", "--engine", "reference", "--panel", "--out", "r"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Mean over 2 replicates · mn CNY", result.Out); // as the brief and the charts show them
        var charts = Path.Combine(rdsim.Folder, "r", "charts");
        foreach (var chart in new[] { "rd_over_time", "relief_by_instrument", "hnte_and_claimants", "intensity_histogram", "bang_for_buck", "who_benefits" })
        {
            foreach (var ext in new[] { ".png", ".svg", ".csv" }) Assert.True(File.Exists(Path.Combine(charts, chart + ext)), chart + ext);
            Assert.Contains("China 2008-2024", File.ReadAllText(Path.Combine(charts, chart + ".svg")));
        }
        var brief = File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.html"));
        Assert.Contains("<svg", brief);
        Assert.Contains("rdsim run", brief);
        Assert.Contains("Caishui", brief);   // a parameter's reference
        Assert.DoesNotContain("src=\"http", brief);

        // The brief as PDF, printed by headless Chromium (.ci/run installs it; without it the run says how to get it).
        Assert.True(File.Exists(PdfPrinter.Chromium), $"{PdfPrinter.Chromium} is missing: apt-get install chromium (bash .ci/run does).");
        Assert.Contains("brief.pdf written", result.Error);
        var pdf = File.ReadAllBytes(Path.Combine(rdsim.Folder, "r", "brief.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(pdf[^64..]));
        Assert.True(pdf.Length > 20_000, $"brief.pdf has only {pdf.Length} bytes");

        var rows = (await ParquetSerializer.DeserializeAsync<PanelRow>(Path.Combine(rdsim.Folder, "r", "firms.parquet"))).Data;
        Assert.Equal(300 * 4 * 2 * 2, rows.Count);   // firms × years × replicates × worlds
        Assert.Contains(rows, r => r.World == "counterfactual" && r.Year == 2018 && r.Replicate == 1 && r.Name.EndsWith("有限公司"));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(rdsim.Folder, "r"), "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp"));
    }

    [Fact]
    public void No_charts_writes_none_and_panel_needs_the_reference_engine()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(rdsim.Folder, "r", "charts")));
        var panel = rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "orleans", "--panel", "--out", "p"]);
        Assert.Equal(2, panel.ExitCode);
        Assert.Contains("--engine reference", panel.Error);
        Assert.False(Directory.Exists(Path.Combine(rdsim.Folder, "p")));
    }

    [Fact]
    public void Where_no_revenue_was_forgone_the_files_and_the_brief_give_no_bang_for_the_buck()
    {
        // Before: groups.csv, the who_benefits chart's table and the brief gave a ratio to revenue gained (tobacco −1.44).
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--out", "r"]).ExitCode);
        var folder = Path.Combine(rdsim.Folder, "r");

        foreach (var (file, world) in new[] { ("groups.csv", true), (Path.Combine("charts", "who_benefits.csv"), false) })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, file));
            var header = lines[0].Split(',').ToList();
            var (forgone, bang) = (header.IndexOf("revenue_forgone"), header.IndexOf("bang_for_buck"));
            var rows = lines.Skip(1).Select(l => l.Split(',')).Where(c => !world || c[header.IndexOf("world")] == "scenario").ToList();
            var none = rows.Where(c => double.Parse(c[forgone], System.Globalization.CultureInfo.InvariantCulture) <= 0).ToList();
            Assert.NotEmpty(none);
            Assert.All(none, c => Assert.Equal("", c[bang]));
        }
        var brief = File.ReadAllText(Path.Combine(folder, "brief.html"));
        Assert.Contains(">–</td>", brief);
        Assert.Contains("–: no revenue was forgone on the group", brief);
    }
}
