using System.Text.RegularExpressions;
using Rdsim.Reporting.Brief;

namespace Rdsim.Reporting.Tests.Brief;

/// <summary>Issue #12, case 6: Chromium prints the brief with JavaScript off, so no script in a page can run while it prints.</summary>
public partial class PdfPrinterTests
{
    [Fact]
    public void A_script_in_the_page_does_not_run_while_it_is_printed()
    {
        Assert.True(File.Exists(PdfPrinter.Chromium), $"{PdfPrinter.Chromium} is missing: apt-get install chromium (bash .ci/run does).");
        var folder = Directory.CreateTempSubdirectory("rdsim-pdf-").FullName;
        try
        {
            // Were scripts on, the page would grow to many pages of "ran".
            var html = Path.Combine(folder, "page.html");
            File.WriteAllText(html, "<html><body><p>one page</p><script>for (let i = 0; i < 400; i++) document.body.insertAdjacentHTML('beforeend', '<p>ran</p>');</script></body></html>");
            Assert.Equal(PdfPrintStatus.Written, PdfPrinter.Print(html, Path.Combine(folder, "page.pdf")));
            var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(folder, "page.pdf")));
            Assert.Equal("1", PageCount().Match(pdf).Groups[1].Value);   // the page tree's /Count (8 with scripts on)
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"/Count\s+(\d+)")]
    private static partial Regex PageCount();
}
