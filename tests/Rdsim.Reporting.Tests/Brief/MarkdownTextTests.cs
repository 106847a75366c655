using Rdsim.Reporting.Brief;

namespace Rdsim.Reporting.Tests.Brief;

/// <summary>Text from outside rdsim (names, paths, values) is escaped before it goes into the brief's Markdown, so it reads as text.</summary>
public class MarkdownTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\<\\/script\\>")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\]\\(javascript\\:alert\\(1\\)\\)")]
    [InlineData("a|b\nc", "a\\|b c")]
    [InlineData("宁波 0.15", "宁波 0\\.15")]
    public void Outside_text_is_escaped_for_markdown(string text, string escaped) => Assert.Equal(escaped, MarkdownText.Escape(text));
}
