using System.Diagnostics;
using SkiaSharp;

namespace Rdsim.Cli.Tests.Brief;

/// <summary>A page as a browser shows it: headless Chromium's screenshot at a given window width, read back as pixels.</summary>
internal static class Screenshot
{
    /// <summary>The screenshot of <paramref name="html"/> in a window <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static SKBitmap Of(string html, int width, int height)
    {
        var png = Path.Combine(Path.GetDirectoryName(html)!, $"screenshot-{width}.png");
        var profile = Directory.CreateTempSubdirectory("rdsim-test-chromium-");
        try
        {
            var start = new ProcessStartInfo("/usr/bin/chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
            string[] sandbox = Environment.IsPrivilegedProcess ? ["--no-sandbox"] : [];
            foreach (var a in (string[])["--headless", .. sandbox, "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                $"--screenshot={png}", $"--window-size={width},{height}", new Uri(html).AbsoluteUri])
            {
                start.ArgumentList.Add(a);
            }
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "Chromium took over a minute for a screenshot");
            return SKBitmap.Decode(png);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The first pixel that is not white in the columns from <paramref name="from"/> to the right edge of <paramref name="image"/>, or null.</summary>
    public static (int X, int Y)? FirstInk(SKBitmap image, int from)
    {
        for (var x = from; x < image.Width; x++)
        {
            for (var y = 0; y < image.Height; y++)
            {
                var c = image.GetPixel(x, y);
                if (c.Red < 240 || c.Green < 240 || c.Blue < 240) return (x, y);
            }
        }
        return null;
    }
}
