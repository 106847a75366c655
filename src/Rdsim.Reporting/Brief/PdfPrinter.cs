using System.Diagnostics;
using System.Text.Json.Nodes;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// Prints <c>brief.html</c> to <c>brief.pdf</c> with headless Chromium where <c>/usr/bin/chromium</c> exists.
/// The PDF is optional: without Chromium it is skipped with a note. Chromium prints through its DevTools protocol with
/// JavaScript off (<c>Emulation.setScriptExecutionDisabled</c>) and, where the platform allows, in its sandbox; it runs
/// in a session (and process group) of its own, so a Ctrl+C at the terminal reaches rdsim only, and rdsim stops it
/// (and its helpers) when it is stopped itself.
/// </summary>
public static class PdfPrinter
{
    /// <summary>The Chromium binary looked for.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>util-linux's <c>setsid</c>: runs a program in a new session, so it gets no terminal signals.</summary>
    private const string Setsid = "/usr/bin/setsid";

    /// <summary>How long Chromium may take to print before it is stopped.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; returns a note for people.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> fires (Chromium is stopped first).</exception>
    public static string Print(string html, string pdf, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Chromium)) return $"brief.pdf skipped: {Chromium} is not installed (apt-get install chromium).";
        var profile = Directory.CreateTempSubdirectory("rdsim-chromium-");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        using var process = Process.Start(Start(profile.FullName))!;
        try
        {
            var bytes = PrintAsync(process, html, deadline.Token).GetAwaiter().GetResult();
            AtomicFile.Write(pdf, stream => stream.Write(bytes));
            return $"brief.pdf written with {Chromium}.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"brief.pdf not written: Chromium did not print the page within {Timeout.TotalSeconds:F0} s.";
        }
        catch (Exception e) when (e is IOException and not OutputWriteException or System.Net.WebSockets.WebSocketException or System.Text.Json.JsonException)
        {
            return $"brief.pdf not written: Chromium did not print the page ({e.Message}).";
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            profile.Delete(recursive: true);
        }
    }

    private static async Task<byte[]> PrintAsync(Process process, string html, CancellationToken cancellationToken)
    {
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var endpoint = await Endpoint(process, cancellationToken);
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None); // the rest, so that Chromium never blocks on a full pipe
        using var devTools = await DevToolsSession.ConnectAsync(endpoint, cancellationToken);
        var target = await devTools.CallAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, cancellationToken);
        var attached = await devTools.CallAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, cancellationToken);
        devTools.SessionId = attached["sessionId"]!.GetValue<string>();
        await devTools.CallAsync("Emulation.setScriptExecutionDisabled", new JsonObject { ["value"] = true }, cancellationToken);
        await devTools.CallAsync("Page.enable", null, cancellationToken);
        await devTools.CallAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(html)).AbsoluteUri }, cancellationToken);
        await devTools.WaitForAsync("Page.loadEventFired", cancellationToken);
        var printed = await devTools.CallAsync("Page.printToPDF", new JsonObject { ["printBackground"] = true, ["displayHeaderFooter"] = false }, cancellationToken);
        return Convert.FromBase64String(printed["data"]!.GetValue<string>());
    }

    /// <summary>The browser's DevTools address, which Chromium prints on standard error once it listens.</summary>
    private static async Task<Uri> Endpoint(Process process, CancellationToken cancellationToken)
    {
        const string Listening = "DevTools listening on ";
        while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(Listening, StringComparison.Ordinal)) return new Uri(line[Listening.Length..].Trim());
        }
        throw new IOException("Chromium ended before it listened for DevTools.");
    }

    private static ProcessStartInfo Start(string profile)
    {
        // setsid execs Chromium in place (same process id) in a new session: a terminal's Ctrl+C goes to rdsim's
        // process group only, and rdsim decides what happens to the print.
        var detach = File.Exists(Setsid);
        var start = new ProcessStartInfo(detach ? Setsid : Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (detach) start.ArgumentList.Add(Chromium);
        // Chromium refuses to start as root with its sandbox (it cannot drop privileges into it), so as root it runs
        // without one: with scripts off, it only lays out rdsim's own, escaped HTML.
        string[] sandbox = Environment.IsPrivilegedProcess ? ["--no-sandbox"] : [];
        foreach (var a in (string[])["--headless", .. sandbox, "--disable-gpu", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", $"--user-data-dir={profile}", "about:blank"])
        {
            start.ArgumentList.Add(a);
        }
        return start;
    }
}
