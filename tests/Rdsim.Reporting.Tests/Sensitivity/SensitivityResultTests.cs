using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Tests.Support;

namespace Rdsim.Reporting.Tests.Sensitivity;

public class SensitivityResultTests
{
    [Fact]
    public void Bars_are_ordered_by_swing_largest_first_and_the_band_spans_every_run()
    {
        var result = SensitivityExample.Analysis();
        var bars = result.Bars(SensitivityMetric.BangForBuck);
        Assert.Equal(["b.large", "c.middle", "a.small"], bars.Select(b => b.Parameter));
        Assert.Equal(0.6, bars[0].Swing, 12);
        Assert.Equal(0.3, bars[1].Swing, 12);
        Assert.Equal((0.6, 1.3), result.Band(SensitivityMetric.BangForBuck));
        // A metric undefined in every run has no band and no swing.
        Assert.True(double.IsNaN(result.Band(SensitivityMetric.RelabelledShare).Low));
        Assert.All(result.Bars(SensitivityMetric.RelabelledShare), b => Assert.Equal(0, b.Swing));
    }

    [Fact]
    public void Sensitivity_csv_reads_back_as_it_was_written()
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-sensitivity-").FullName;
        try
        {
            var path = Path.Combine(folder, SensitivityTable.File);
            var written = SensitivityExample.Analysis();
            SensitivityTable.Write(path, written);
            var read = SensitivityTable.Read(path);
            Assert.Equal(written.Scenario, read.Scenario);
            Assert.Equal(written.Parameters, read.Parameters);
            Assert.Equal(written.Base.Fingerprint, read.Base.Fingerprint);
            Assert.Equal(written.Variants.Select(v => (v.Parameter, v.End, v.Value, v.Fingerprint)), read.Variants.Select(v => (v.Parameter, v.End, v.Value, v.Fingerprint)));
            Assert.Equal(written.Band(SensitivityMetric.BangForBuck), read.Band(SensitivityMetric.BangForBuck));
            Assert.Equal(written.Bars(SensitivityMetric.InducedRealRd).Select(b => b.Parameter), read.Bars(SensitivityMetric.InducedRealRd).Select(b => b.Parameter));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_table_without_its_base_row_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-sensitivity-").FullName;
        try
        {
            var path = Path.Combine(folder, SensitivityTable.File);
            SensitivityTable.Write(path, SensitivityExample.Analysis());
            var lines = File.ReadAllLines(path);
            File.WriteAllLines(path, [lines[0], .. lines[2..]]);
            var error = Assert.Throws<Scenarios.Loading.InputException>(() => SensitivityTable.Read(path));
            Assert.Contains("base run", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
