namespace Rdsim.Cli.Tests.Commands;

/// <summary><c>--csv-bom</c>: CSV files Excel opens in UTF-8 (Chinese names intact); without it, the files are as they always were.</summary>
public class CsvBomTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Run_with_csv_bom_marks_every_csv_and_changes_nothing_else_and_report_reads_it()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--out", "plain"]).ExitCode);
        var marked = rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--csv-bom", "--out", "bom"]);
        Assert.True(marked.ExitCode == 0, marked.All);
        var csvs = Directory.GetFiles(Path.Combine(rdsim.Folder, "plain"), "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(rdsim.Folder, "plain"), f)).Order().ToList();
        Assert.Contains("years.csv", csvs);
        Assert.Contains(Path.Combine("charts", "rd_over_time.csv"), csvs);
        foreach (var csv in csvs)
        {
            var plain = File.ReadAllBytes(Path.Combine(rdsim.Folder, "plain", csv));
            var bom = File.ReadAllBytes(Path.Combine(rdsim.Folder, "bom", csv));
            Assert.False(plain.AsSpan().StartsWith(Bom), $"{csv} has a byte-order mark without --csv-bom");
            Assert.True(bom.AsSpan().StartsWith(Bom), $"{csv} has no byte-order mark with --csv-bom");
            Assert.Equal(plain, bom[Bom.Length..]);
        }
        Assert.Contains("--csv-bom --out bom", File.ReadAllText(Path.Combine(rdsim.Folder, "bom", "manifest.json")));

        // report reads the marked tables back and draws the chart tables as the folder has them.
        var report = rdsim.Run("report", "bom");
        Assert.True(report.ExitCode == 0, report.All);
        Assert.True(File.ReadAllBytes(Path.Combine(rdsim.Folder, "bom", "charts", "rd_over_time.csv")).AsSpan().StartsWith(Bom));
    }

    [Fact]
    public void Compare_with_csv_bom_marks_its_tables_and_each_run_s()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(), "--csv-bom", "--no-charts", "--out", "c"]);
        Assert.True(result.ExitCode == 0, result.All);
        foreach (var csv in new[] { "summary.csv", "differences.csv", Path.Combine("1-china-2008-2024", "years.csv"), Path.Combine("2-no-incentives", "groups.csv") })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(rdsim.Folder, "c", csv)).AsSpan().StartsWith(Bom), $"{csv} has no byte-order mark");
        }
    }
}
