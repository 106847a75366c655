namespace Rdsim.Scenarios.Loading;

/// <summary>Input quoted in a message is cut short: a malformed row may be a whole file on one line.</summary>
public static class Excerpt
{
    /// <summary><paramref name="text"/>, or its first <paramref name="max"/> characters and an ellipsis.</summary>
    public static string Of(string text, int max = 80) => text.Length <= max ? text : text[..max] + "…";
}
