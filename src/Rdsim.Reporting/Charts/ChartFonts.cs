using SkiaSharp;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// Chooses the font family for a language and checks, before anything is drawn, that it is installed:
/// ScottPlot silently draws no text when it finds no font, and boxes for Chinese without a CJK font.
/// </summary>
public static class ChartFonts
{
    /// <summary>The CJK family used for Chinese (Debian <c>fonts-wqy-microhei</c>).</summary>
    public const string Chinese = "WenQuanYi Micro Hei";

    /// <summary>The family used for English (Debian <c>fonts-dejavu-core</c>).</summary>
    public const string Latin = "DejaVu Sans";

    /// <summary>The family charts in <paramref name="language"/> are drawn with.</summary>
    public static string Family(ChartLanguage language) => language == ChartLanguage.Zh ? Chinese : Latin;

    /// <summary>The Debian package that installs <see cref="Family"/>.</summary>
    public static string Package(ChartLanguage language) => language == ChartLanguage.Zh ? "fonts-wqy-microhei" : "fonts-dejavu-core";

    /// <summary>Throws <see cref="MissingFontException"/> unless the font for <paramref name="language"/> is installed.</summary>
    public static void Require(ChartLanguage language)
    {
        if (Problem(language, SKFontManager.Default.FontFamilies) is { } message)
        {
            var package = Package(language);
            throw new MissingFontException(message, $"未生成任何图表：没有安装字体 \"{Family(language)}\"，缺了它图表中的文字无法阅读。" +
                $"请安装 Debian 软件包 {package}（apt-get install {package}），或用 --no-charts 不生成图表。");
        }
    }

    /// <summary>What is wrong when only <paramref name="installed"/> families exist, or null when charts can be drawn.</summary>
    public static string? Problem(ChartLanguage language, IEnumerable<string> installed)
    {
        var family = Family(language);
        if (installed.Contains(family, StringComparer.OrdinalIgnoreCase)) return null;
        return $"No chart was written: the font \"{family}\" is not installed, and without it the charts would have no readable text. " +
            $"Install the Debian package {Package(language)} (apt-get install {Package(language)}), or leave charts out with --no-charts.";
    }
}
