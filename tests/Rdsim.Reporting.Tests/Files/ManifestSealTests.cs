using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Files;

namespace Rdsim.Reporting.Tests.Files;

public class ManifestSealTests
{
    private const string Unsealed = "{\n  \"tool\": \"rdsim\",\n  \"resultFingerprint\": \"abc\",\n  \"seal\": \"\"\n}\n";

    [Fact]
    public void A_sealed_manifest_holds_and_any_edit_breaks_the_seal()
    {
        var manifest = ManifestSeal.Seal(Unsealed);
        Assert.True(ManifestSeal.Holds(manifest));
        Assert.False(ManifestSeal.Holds(manifest.Replace("abc", "abd")));
        Assert.False(ManifestSeal.Holds(manifest.Replace("  \"tool\"", " \"tool\"")));
        Assert.False(ManifestSeal.Holds(Unsealed));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\<\\/script\\>")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\]\\(javascript\\:alert\\(1\\)\\)")]
    [InlineData("a|b\nc", "a\\|b c")]
    [InlineData("宁波 0.15", "宁波 0\\.15")]
    public void Outside_text_is_escaped_for_markdown(string text, string escaped) => Assert.Equal(escaped, MarkdownText.Escape(text));
}
