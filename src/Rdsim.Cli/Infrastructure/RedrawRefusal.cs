using System.Text.Json;
using Rdsim.Scenarios;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Why <c>report</c> refuses a sweep, sensitivity or calibration folder, and what draws its charts again: <c>report</c> redraws
/// from a run's stored results, checked against its manifest, and those folders keep no such record of what their charts show.
/// </summary>
public static class RedrawRefusal
{
    /// <summary>
    /// The error for <paramref name="folder"/>, which holds <paramref name="kind"/>, naming the command stored in its manifest with the
    /// <c>--lang</c> and <c>--money-unit</c> the user asked <c>report</c> for (<paramref name="lang"/>, <paramref name="moneyUnit"/>).
    /// </summary>
    public static InputException For(string folder, FolderKind kind, string lang, string? moneyUnit)
    {
        var stored = StoredCommand(Path.Combine(folder, kind.Markers[0]));
        // A finished sweep resumed runs no point again: it only assembles and draws.
        var resume = kind == FolderKind.Sweep ? " --resume" : "";
        var options = resume + (lang != "en" ? $" --lang {ReproduceCommand.Quote(lang)}" : "") + (moneyUnit is null ? "" : $" --money-unit {ReproduceCommand.Quote(moneyUnit)}");
        var again = stored is null ? $"rdsim {kind.Verb} …{options}" : stored + options;
        var how = kind == FolderKind.Sweep
            ? new Bilingual("run its command again with --resume, which draws them without running a finished point again: ", "请加 --resume 重新运行其命令，这样只重画图表，不会重算已完成的点：")
            : new Bilingual("run its command again: ", "请重新运行其命令：");
        return new InputException(Diagnostic.Error(folder, 0, 0, "<DIR>", new Bilingual(
            $"it holds {kind.Described.En}, whose charts report cannot redraw (report redraws run and compare folders); ",
            $"其中是{kind.Described.Zh}，report 无法重画其图表（report 只重画运行和比较文件夹）；") + how + Bilingual.Same(again)));
    }

    /// <summary>The <c>command</c> a manifest stores, or null when it is missing or unreadable.</summary>
    private static string? StoredCommand(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("command", out var command)
                && command.ValueKind == JsonValueKind.String ? command.GetString() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
