namespace Rdsim.Scenarios;

/// <summary>
/// A scenario's text in English and, optionally, Chinese (a header such as <c>fit: {en: "...", zh: "..."}</c>, or plain
/// text, taken as English): the brief shows the one of its language.
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Zh">The Chinese text, if given.</param>
public sealed record LocalizedText(string En, string? Zh = null)
{
    /// <summary>The Chinese text when <paramref name="chinese"/> and it is given, else the English.</summary>
    public string For(bool chinese) => chinese && Zh is { } zh ? zh : En;
}
