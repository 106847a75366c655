using System.Diagnostics;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// Prints <c>brief.html</c> to <c>brief.pdf</c> with headless Chromium where <c>/usr/bin/chromium</c> exists.
/// The PDF is optional: without Chromium it is skipped with a note. Chromium prints with JavaScript off and, where the
/// platform allows, in its sandbox; it runs in a session (and process group) of its own, so a Ctrl+C at the terminal
/// reaches rdsim only, and rdsim stops it (and its helpers) when it is stopped itself.
/// </summary>
public static class PdfPrinter
{
    /// <summary>The Chromium binary looked for.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>util-linux's <c>setsid</c>: runs a program in a new session, so it gets no terminal signals.</summary>
    private const string Setsid = "/usr/bin/setsid";

    /// <summary>
    /// The fresh profile's preferences: JavaScript blocked for every page (content setting 2). The switch that turns
    /// scripts off (<c>--blink-settings=scriptEnabled=false</c>) makes <c>--print-to-pdf</c> print nothing (Chromium 156).
    /// </summary>
    private const string NoScripts = """{"profile":{"default_content_setting_values":{"javascript":2}}}""";

    /// <summary>How long Chromium may take to print before it is stopped.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; returns what became of it (the caller tells people, in their language).</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> fires (Chromium is stopped first).</exception>
    public static PdfPrintStatus Print(string html, string pdf, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Chromium)) return PdfPrintStatus.NoBrowser;
        var profile = Directory.CreateTempSubdirectory("rdsim-chromium-");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(profile.FullName, "Default")).FullName, "Preferences"), NoScripts);
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pdf))!, $".{Path.GetFileName(pdf)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var process = Process.Start(Start(html, temporary, profile.FullName))!;
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(Timeout);
            try
            {
                process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                cancellationToken.ThrowIfCancellationRequested();
                return PdfPrintStatus.TimedOut;
            }
            if (!File.Exists(temporary)) return PdfPrintStatus.Failed;
            AtomicFile.Commit(temporary, pdf);
            return PdfPrintStatus.Written;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            profile.Delete(recursive: true);
        }
    }

    private static ProcessStartInfo Start(string html, string pdf, string profile)
    {
        // setsid execs Chromium in place (same process id) in a new session: a terminal's Ctrl+C goes to rdsim's
        // process group only, and rdsim decides what happens to the print.
        var detach = File.Exists(Setsid);
        var start = new ProcessStartInfo(detach ? Setsid : Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (detach) start.ArgumentList.Add(Chromium);
        // Chromium refuses to start as root with its sandbox (it cannot drop privileges into it), so as root it runs
        // without one: with scripts off, it only lays out rdsim's own, escaped HTML.
        string[] sandbox = Environment.IsPrivilegedProcess ? ["--no-sandbox"] : [];
        foreach (var a in (string[])["--headless", .. sandbox, "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", $"--user-data-dir={profile}", $"--print-to-pdf={pdf}", "--no-pdf-header-footer",
            new Uri(Path.GetFullPath(html)).AbsoluteUri])
        {
            start.ArgumentList.Add(a);
        }
        return start;
    }
}
