using System.Diagnostics;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// Prints <c>brief.html</c> to <c>brief.pdf</c> with headless Chromium where <c>/usr/bin/chromium</c> exists.
/// The PDF is optional: without Chromium it is skipped with a note.
/// </summary>
public static class PdfPrinter
{
    /// <summary>The Chromium binary looked for.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; returns a note for people.</summary>
    public static string Print(string html, string pdf)
    {
        if (!File.Exists(Chromium)) return $"brief.pdf skipped: {Chromium} is not installed (apt-get install chromium).";
        var profile = Directory.CreateTempSubdirectory("rdsim-chromium-");
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pdf))!, $".{Path.GetFileName(pdf)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", $"--user-data-dir={profile.FullName}", $"--print-to-pdf={temporary}", "--no-pdf-header-footer",
                new Uri(Path.GetFullPath(html)).AbsoluteUri })
            {
                start.ArgumentList.Add(a);
            }
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60))) process.Kill(entireProcessTree: true);
            if (!File.Exists(temporary)) return "brief.pdf not written: Chromium did not print the page.";
            File.Move(temporary, pdf, overwrite: true);
            return $"brief.pdf written with {Chromium}.";
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            profile.Delete(recursive: true);
        }
    }
}
