namespace Rdsim.Scenarios;

/// <summary>
/// A sentence for people in both of rdsim's languages. Every error rdsim reports is made as one, so that a verb run with
/// <c>--lang zh</c> says it in Chinese and the English default stays as it is; the type, not a later lookup, makes sure
/// that no error is written in one language only. Names, paths, keys and numbers are the same in both.
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Zh">The Chinese text, in the terms of docs/glossary-zh.md.</param>
public readonly record struct Bilingual(string En, string Zh)
{
    /// <summary>The Chinese text when <paramref name="chinese"/>, else the English.</summary>
    public string For(bool chinese) => chinese ? Zh : En;

    /// <summary>A text that reads the same in both languages (a name, a path, a number).</summary>
    public static Bilingual Same(string text) => new(text, text);

    /// <summary>The two texts one after the other, each in its language.</summary>
    public static Bilingual operator +(Bilingual first, Bilingual second) => new(first.En + second.En, first.Zh + second.Zh);
}
