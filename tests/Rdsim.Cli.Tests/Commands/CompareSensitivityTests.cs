using System.Text.Json;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>Issue #16, point 2 on the comparison: <c>compare --sensitivity</c>, its table, its brief section, and <c>report</c> drawing it again.</summary>
public class CompareSensitivityTests
{
    [Fact]
    public void Compare_with_sensitivity_writes_each_reform_under_every_variant_shows_the_band_and_report_draws_it_again()
    {
        using var rdsim = new Rdsim();
        var reform = Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml");
        var compare = rdsim.Run(["compare", Small.China, reform, .. Small.Set(200), "--sensitivity", "--out", "c"]);
        Assert.True(compare.ExitCode == 0, compare.All);
        var folder = Path.Combine(rdsim.Folder, "c");

        // One reform: its plain comparison, then each uncertain parameter at each end.
        var table = SensitivityTests.Csv(Path.Combine(folder, "sensitivity_differences.csv"));
        Assert.Equal(1 + 2 * SensitivityTests.Uncertain.Length, table.Count);
        Assert.All(table, r => Assert.Equal(("HNTE rate 10%", "China 2008-2024 (calibrated)"), (r["scenario"], r["baseline"])));
        Assert.Equal(["central", "", ""], [table[0]["end"], table[0]["parameter"], table[0]["value"]]);
        Assert.Equal(SensitivityTests.Uncertain.SelectMany(u => new[] { (u.Name, "low", u.Low), (u.Name, "high", u.High) }),
            table.Skip(1).Select(r => (r["parameter"], r["end"], r["value"])));

        // The central row is the plain comparison, bit for bit: its runs' fingerprints, and differences.csv's cumulative differences in the last year.
        Assert.Equal(Fingerprint(folder, "1-china-2008-2024"), table[0]["baseline_result_fingerprint"]);
        Assert.Equal(Fingerprint(folder, "2-reform-hnte-10pct"), table[0]["result_fingerprint"]);
        var differences = SensitivityTests.Csv(Path.Combine(folder, "differences.csv")).Where(r => r["year"] == "2018").ToDictionary(r => r["metric"], r => r["difference"]);
        Assert.Equal(differences["cum_induced_real_rd"], table[0]["delta_cum_induced_real_rd"]);
        Assert.Equal(differences["cum_revenue_forgone"], table[0]["delta_cum_revenue_forgone"]);
        var marginal = double.Parse(differences["cum_induced_real_rd"], System.Globalization.CultureInfo.InvariantCulture)
            / double.Parse(differences["cum_revenue_forgone"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(marginal.ToString("R", System.Globalization.CultureInfo.InvariantCulture), table[0]["marginal_bang_for_buck"]);
        // The elasticity changes both runs: its rows are other runs than the plain comparison's.
        Assert.All(table.Where(r => r["parameter"] == "behaviour.userCostElasticity"), r => Assert.NotEqual(table[0]["result_fingerprint"], r["result_fingerprint"]));

        var path = Path.Combine(folder, "brief.html");
        var brief = File.ReadAllText(path);
        Assert.Contains("<h3>Sensitivity to behavioural assumptions</h3>", brief);
        Assert.Contains("Over the plain comparison and its 10 sensitivity runs, the marginal bang for the buck runs from", brief);
        Assert.Contains("<th style=\"text-align: right;\">Plain comparison</th>", brief);
        Assert.True(brief.IndexOf("What HNTE rate 10% changes", StringComparison.Ordinal) < brief.IndexOf("Sensitivity to behavioural assumptions", StringComparison.Ordinal));

        File.Delete(path);
        var report = rdsim.Run("report", "c");
        Assert.True(report.ExitCode == 0, report.All);
        Assert.Equal(brief, File.ReadAllText(path));                      // drawn again from the table, the same page
        Assert.Equal(0, rdsim.Run("report", "c", "--lang", "zh").ExitCode);
        var chinese = File.ReadAllText(Path.Combine(folder, "brief.zh.html"));
        Assert.Contains("<h3>对行为假设的敏感性</h3>", chinese);
        Assert.Contains("在常规比较及其10次敏感性运行中，边际撬动效应介于", chinese);

        // A table that is not these runs' is refused, not drawn.
        var stored = Path.Combine(folder, "sensitivity_differences.csv");
        var written = File.ReadAllText(stored);
        File.WriteAllText(stored, written.Replace(table[0]["result_fingerprint"], new string('0', 64), StringComparison.Ordinal));
        var stale = rdsim.Run("report", "c");
        Assert.Equal(2, stale.ExitCode);
        Assert.Contains("result fingerprints differ", stale.Error);
        File.WriteAllText(stored, written);

        // The comparison made again without --sensitivity removes the table (it would belong to other runs) and the section.
        Assert.Equal(0, rdsim.Run(["compare", Small.China, reform, .. Small.Set(200), "--no-charts", "--force", "--out", "c"]).ExitCode);
        Assert.False(File.Exists(stored));
        Assert.DoesNotContain("Sensitivity to behavioural assumptions", File.ReadAllText(path));
    }

    private static string Fingerprint(string folder, string run)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, run, "manifest.json")));
        return manifest.RootElement.GetProperty("resultFingerprint").GetString()!;
    }
}
