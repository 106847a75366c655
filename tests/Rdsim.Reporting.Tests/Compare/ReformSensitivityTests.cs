using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Tests.Compare;

/// <summary>Issue #16, point 2 on the comparison: a reform's band across the sensitivity runs, what moves it most, and its reading.</summary>
public class ReformSensitivityTests
{
    /// <summary>A point: Δ induced, Δ forgone, the baseline's own bang for the buck.</summary>
    private static DifferencePoint Point(string? parameter, SensitivityEnd? end, double induced, double forgone, double baselineBang = 0.7) =>
        new(parameter, end, end is null ? "" : end.ToString()!, induced, forgone, baselineBang, "b", "r");

    /// <summary>
    /// Central 300 for 100 (3.00). a.small: 290/100 and 310/100 (2.90, 3.10); b.large: 150/100 and 600/150 (1.50, 4.00);
    /// c.forgone: 300/50 and 300/200 (6.00, 1.50) — the largest swing in the marginal bang, though not in Δ induced.
    /// </summary>
    private static ReformSensitivity Example(double baselineBang = 0.7) => new("Reform", "Baseline", Point(null, null, 300, 100, baselineBang),
    [
        Point("a.small", SensitivityEnd.Low, 290, 100, baselineBang), Point("a.small", SensitivityEnd.High, 310, 100, baselineBang),
        Point("b.large", SensitivityEnd.Low, 150, 100, baselineBang), Point("b.large", SensitivityEnd.High, 600, 150, baselineBang),
        Point("c.forgone", SensitivityEnd.Low, 300, 50, baselineBang), Point("c.forgone", SensitivityEnd.High, 300, 200, baselineBang),
    ]);

    [Fact]
    public void The_band_spans_the_plain_comparison_and_every_variant_and_each_number_names_its_own_mover()
    {
        var s = Example();
        Assert.Equal((150.0, 600.0), s.Band(p => p.InducedRealRd));
        Assert.Equal((50.0, 200.0), s.Band(p => p.RevenueForgone));
        Assert.Equal((1.5, 6.0), s.Band(p => p.MarginalBangForBuck));
        Assert.Equal("b.large", s.MovedMostBy(p => p.InducedRealRd)!.Parameter);
        Assert.Equal("c.forgone", s.MovedMostBy(p => p.RevenueForgone)!.Parameter);
        var mover = s.MovedMostBy(p => p.MarginalBangForBuck)!;
        Assert.Equal(("c.forgone", 4.5), (mover.Parameter, mover.Swing));
        Assert.Equal(["a.small", "b.large", "c.forgone"], s.Parameters);
    }

    [Fact]
    public void A_number_no_parameter_moves_has_no_mover_and_an_undefined_ratio_stays_out_of_the_band()
    {
        var s = new ReformSensitivity("Reform", "Baseline", Point(null, null, 10, 0),
            [Point("a", SensitivityEnd.Low, 10, 0), Point("a", SensitivityEnd.High, 20, 5)]);
        Assert.Equal((4.0, 4.0), s.Band(p => p.MarginalBangForBuck));
        // The low end's ratio is undefined, so its swing is none: no mover, rather than the first parameter by default.
        Assert.Null(s.MovedMostBy(p => p.MarginalBangForBuck));
        Assert.Null(s.MovedMostBy(_ => 7));
    }

    [Fact]
    public void The_reading_says_whether_the_marginal_bang_stays_above_1_and_above_the_baseline_s()
    {
        Assert.Equal("Over the plain comparison and its 6 sensitivity runs, the marginal bang for the buck runs from 1.50 to 6.00 (plain comparison 3.00): "
            + "above 1 in every run, and above the baseline's own bang for the buck under the same assumption in every run.",
            ReformSensitivityReading.Of(Example(), ChartLanguage.En));
        // Against a baseline that buys 3.05 per yuan the reform is above it in 3 of the 7 runs (3.10, 4.00, 6.00).
        Assert.Contains("above the baseline's own bang for the buck under the same assumption in 3 of the 7 runs.", ReformSensitivityReading.Of(Example(3.05), ChartLanguage.En));
        Assert.Contains("每次运行均高于1", ReformSensitivityReading.Of(Example(), ChartLanguage.Zh));
    }

    [Fact]
    public void The_reading_counts_the_runs_where_revenue_forgone_falls_and_says_when_there_is_no_ratio()
    {
        var falls = new ReformSensitivity("Reform", "Baseline", Point(null, null, -50, 100),
            [Point("a", SensitivityEnd.Low, -30, -20), Point("a", SensitivityEnd.High, -60, 120)]);
        var text = ReformSensitivityReading.Of(falls, ChartLanguage.En);
        Assert.Contains("from -0.50 to 1.50 (plain comparison -0.50): above 1 in 1 of the 3 runs, and above the baseline's own bang for the buck under the same assumption in 1 of the 3 runs.", text);
        Assert.EndsWith("In 1 of the 3 runs revenue forgone falls rather than rises, so there the ratio is not R&D per extra yuan forgone.", text);
        var none = new ReformSensitivity("Reform", "Baseline", Point(null, null, 5, 0), [Point("a", SensitivityEnd.Low, 5, 0), Point("a", SensitivityEnd.High, 5, 0)]);
        Assert.Equal(CompareText.For(ChartLanguage.En, MoneyUnit.Million).NoMarginalBang, ReformSensitivityReading.Of(none, ChartLanguage.En));
    }

    [Fact]
    public void The_brief_table_has_the_central_value_the_band_and_the_mover_of_each_number()
    {
        var table = CompareBriefMarkdown.Sensitivity(Example(), CompareText.For(ChartLanguage.En, MoneyUnit.Million), ChartText.For(ChartLanguage.En));
        Assert.Contains("| Δ induced real R&D | +300 | +150 | +600 | `b.large` (`Low` – `High`) |", table);
        Assert.Contains("| Marginal bang for the buck (Δ induced ÷ Δ forgone) | 3.00 | 1.50 | 6.00 | `c.forgone` (`Low` – `High`) |", table);
        Assert.Contains("each of 3 parameters (`a.small`, `b.large`, `c.forgone`)", table);
    }

    [Fact]
    public void The_table_reads_back_as_written_and_is_refused_beside_other_runs()
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-compare-sensitivity-").FullName;
        try
        {
            var path = Path.Combine(folder, ReformSensitivityTable.File);
            // Two reforms (their runs both fingerprinted "r" here): each its plain comparison, then its six variants.
            ReformSensitivity[] written = [Example(), Example(3.05) with { Reform = "Other" }];
            ReformSensitivityTable.Write(path, written);
            Assert.Equal(2 * (1 + 6), File.ReadAllLines(path).Length - 1);
            var read = ReformSensitivityTable.Read(path, ["b", "r", "r"]);
            Assert.Equal(written.Select(w => (w.Reform, w.Baseline, w.Central)), read.Select(r => (r.Reform, r.Baseline, r.Central)));
            Assert.Equal(written.SelectMany(w => w.Variants), read.SelectMany(r => r.Variants));
            Assert.Contains("fingerprints differ", Assert.Throws<Scenarios.Loading.InputException>(() => ReformSensitivityTable.Read(path, ["b", "r", "another"])).Message);
            Assert.Contains("fingerprints differ", Assert.Throws<Scenarios.Loading.InputException>(() => ReformSensitivityTable.Read(path, ["b", "r"])).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
