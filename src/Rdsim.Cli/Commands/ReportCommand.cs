using System.ComponentModel;
using Rdsim.Cli.Infrastructure;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim report</c>: re-draws a run's workbook, charts and brief (named by its language: <see cref="Rdsim.Reporting.Brief.BriefFiles"/>, so a brief
/// in the other language stays) from its stored results, without simulating again — after
/// checking every file against the manifest, so that a brief is never drawn from numbers the run did not produce. On a
/// compare folder it checks each run folder the same way and re-draws the overlay charts and the comparison brief (with the
/// sensitivity sections, from <c>sensitivity_differences.csv</c>, when <c>compare --sensitivity</c> wrote one). A sweep, sensitivity or
/// calibration folder is refused with the command that draws it again.
/// </summary>
public sealed class ReportCommand : AsyncCommand<ReportCommand.Settings>
{
    /// <summary>Options of <c>rdsim report</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The run folder.</summary>
        [CommandArgument(0, "<DIR>")]
        [Description("A run folder written by rdsim run (it has a manifest.json), or a compare folder written by rdsim compare")]
        public string Folder { get; init; } = "";

        /// <summary>Language of charts and brief.</summary>
        [CommandOption("--lang <LANG>")]
        [Description("Language of chart titles, labels and the brief: en (default), drawn as brief.html (and brief.pdf), or zh, drawn as brief.zh.html (brief.zh.pdf). A brief the folder holds in the other language is kept beside it; the charts and the workbook are drawn again in this one")]
        public string Lang { get; init; } = "en";

    /// <summary>The unit money is shown in (null: the language's default).</summary>
    [CommandOption("--money-unit <UNIT>")]
    [Description(MoneyUnits.Help)]
    public string? MoneyUnit { get; init; }

        /// <summary>Whether to draw from a folder changed since rdsim wrote it.</summary>
        [CommandOption("--allow-modified")]
        [Description("Draw even when files changed since rdsim wrote them (each is named, and the brief carries a warning at the top)")]
        public bool AllowModified { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(() =>
        {
            var language = Languages.Use(settings.Lang);
            var unit = MoneyUnits.Parse(settings.MoneyUnit, language);
            if (!Directory.Exists(settings.Folder)) throw Errors.Option("<DIR>", new($"'{settings.Folder}' is not a folder; give a run folder written by rdsim run, or a compare folder written by rdsim compare.",
                $"'{settings.Folder}' 不是文件夹；请给出 rdsim run 写的运行文件夹，或 rdsim compare 写的比较文件夹。"));
            var kind = FolderKind.Held(settings.Folder);
            if (kind is not null && kind != FolderKind.Run && kind != FolderKind.Compare)
                throw RedrawRefusal.For(settings.Folder, kind, settings.Lang, settings.MoneyUnit);
            if (kind == FolderKind.Compare || CompareFolder.RunFolders(settings.Folder).Count > 0) return Task.FromResult(Compare(settings, language, unit, cancellationToken));
            var (manifest, text) = ManifestReader.Read(settings.Folder);
            // A run made with --sensitivity stored its analysis: its band is drawn again too.
            var hasSensitivity = manifest.Files.Any(f => f.Path == SensitivityTable.File);
            using var folder = Checked(settings.Folder, manifest, text, [.. RunFolder.Rendered(charts: true, language), .. hasSensitivity ? SensitivityCharts.Files : []],
                settings.AllowModified, out var alterations);
            // A brief in the other language stays: it was drawn from the same results (so it may be wanted beside this one).
            folder.DeleteOwned(f => RunFolder.IsRedrawn(f, language));
            var sensitivity = hasSensitivity ? SensitivityTable.Read(Path.Combine(folder.Path, SensitivityTable.File)) : null;
            var run = RunFolder.Load(folder.Path, manifest);
            RunFolder.WriteWorkbook(folder.Path, run, language);
            // The charts' CSV files follow the folder's own (with a byte-order mark if the run was given --csv-bom).
            RunOutputs.Render(run, folder.Path, language, unit, charts: true, alterations, RunFolder.HasByteOrderMark(folder.Path), cancellationToken, sensitivity);
            // A folder that checked out gets its manifest's list of drawings updated; a changed one keeps its manifest as
            // found, so that it is never sealed again with what it holds now.
            if (alterations.Count == 0)
            {
                RunFolder.WriteManifest(folder, manifest with
                {
                    Files = [.. manifest.Files.Where(f => !RunFolder.IsRedrawn(f.Path, language)).Concat(folder.Written.Where(f => f.Path != RunFolder.ManifestFile)).OrderBy(f => f.Path, StringComparer.Ordinal)],
                });
            }
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken);

    /// <summary>
    /// Re-draws a compare folder's overlay charts and brief from its run folders (those its <c>compare.json</c> lists, baseline first;
    /// found by their numbers in a comparison from before it), each checked against its manifest, and against the results
    /// <c>compare.json</c> recorded for it, first; the run folders themselves are left as they are.
    /// </summary>
    private static int Compare(Settings settings, ChartLanguage language, MoneyUnit unit, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(settings.Folder, CompareFolder.ManifestFile);
        var comparison = CompareFolder.ReadManifest(settings.Folder);
        if (comparison is null && File.Exists(manifestPath))
            CliConsole.Warn($"warning: {manifestPath}: not the one rdsim wrote (damaged or edited): the brief shows no command for the whole comparison");
        var runFolders = RunFoldersOf(settings.Folder, comparison);
        var runs = new List<RunResult>();
        var altered = new List<(RunManifest, IReadOnlyList<FolderAlteration>)>();
        var opened = new List<OutputFolder>();
        try
        {
            var replaced = new List<(string Path, Bilingual Problem)>();
            foreach (var path in runFolders)
            {
                var name = Path.GetFileName(path);
                var (manifest, text) = ManifestReader.Read(path);
                opened.Add(Checked(path, manifest, text, [], settings.AllowModified, out var alterations));
                var found = alterations.Select(a => a with { File = $"{name}/{a.File}" }).ToList();
                if (comparison?.Members?.FirstOrDefault(m => m.Run == name) is { } member && member.ResultFingerprint != manifest.ResultFingerprint)
                {
                    var problem = new Bilingual(
                        $"replaced since the comparison was made: its results (fingerprint {manifest.ResultFingerprint[..12]}) are not the ones compared ({member.ResultFingerprint[..12]}), " +
                        "so the brief's \"same firms and shocks\" would not hold",
                        $"比较之后被替换：其结果（指纹 {manifest.ResultFingerprint[..12]}）不是当初比较的结果（{member.ResultFingerprint[..12]}），简报所说的“相同的企业和冲击”将不成立");
                    found.Add(new FolderAlteration(name, problem));
                    replaced.Add((path, problem));
                }
                if (found.Count > 0) altered.Add((manifest, found));
                runs.Add(RunFolder.Load(path, manifest));
            }
            if (replaced.Count > 0 && !settings.AllowModified)
            {
                throw new InputException([.. replaced.Select(r => Diagnostic.Error(r.Path, 0, 0, "", r.Problem + new Bilingual(
                    $"; make the comparison again ({comparison!.Command}), or rdsim report --allow-modified draws it anyway, with a warning",
                    $"；请重新比较（{comparison!.Command}），或用 rdsim report --allow-modified 仍然生成，并附警告")))]);
            }
            foreach (var r in replaced) CliConsole.Warn($"warning: {r.Path}: {r.Problem.En}");
            using var folder = OutputFolder.Open(settings.Folder, new OutputOptions
            {
                Option = "<DIR>", Kind = FolderKind.Compare, MustExist = true, WillWrite = CompareFolder.Rendered(charts: true, language), Force = settings.AllowModified,
            });
            if (folder.Note is { } note) CliConsole.Warn(note);
            folder.DeleteOwned(f => RunFolder.IsRedrawn(f, language));
            // A comparison made with --sensitivity stored its table: its sections are drawn again from it.
            var table = Path.Combine(folder.Path, ReformSensitivityTable.File);
            var sensitivity = File.Exists(table) ? ReformSensitivityTable.Read(table, [.. runs.Select(r => r.Manifest.ResultFingerprint)]) : null;
            // The overlays' CSV files follow the run folders' (with a byte-order mark if the comparison was given --csv-bom).
            CompareOutputs.Render(runs, folder.Path, comparison?.Command, language, unit, charts: true, altered, RunFolder.HasByteOrderMark(runFolders[0]), cancellationToken, sensitivity);
            // As for a run: a comparison whose runs checked out lists what was drawn now; a changed one keeps its manifest as found.
            if (comparison is not null && altered.Count == 0) CompareFolder.WriteManifest(folder, comparison with { Files = [.. comparison.Files.Where(f => !RunFolder.IsRedrawn(f.Path, language)).Concat(folder.Written)] });
            return ExitCodes.Ok;
        }
        finally
        {
            foreach (var folder in opened) folder.Dispose();
        }
    }

    /// <summary>
    /// The run folders of the compare folder <paramref name="folder"/>, baseline first: those its manifest <paramref name="comparison"/>
    /// lists, each of which must be there; without one (a comparison from before rdsim wrote it, or one it cannot trust), those found
    /// by their numbers. An error naming the folder when there are none.
    /// </summary>
    private static IReadOnlyList<string> RunFoldersOf(string folder, CompareManifest? comparison)
    {
        if (comparison is null)
        {
            var found = CompareFolder.RunFolders(folder);
            if (found.Count > 0) return found;
            throw Errors.Option("<DIR>", new(
                $"'{folder}' holds a comparison (rdsim compare) without a compare.json listing its runs, and its run folders (1-…, 2-…, each with a manifest.json, numbered without a gap) are not all there; make the comparison again",
                $"'{folder}' 中是一次比较（rdsim compare）的结果，但没有列出其运行的 compare.json，且其运行文件夹（1-…、2-…，各有 manifest.json，编号连续）不全；请重新比较"));
        }
        var missing = comparison.Runs.Where(r => !CompareFolder.IsRunFolderName(r) || !File.Exists(Path.Combine(folder, r, RunFolder.ManifestFile))).ToList();
        if (missing.Count > 0)
        {
            throw new InputException([.. missing.Select(r => Diagnostic.Error(Path.Combine(folder, CompareFolder.ManifestFile), 0, 0, "runs", new(
                $"it lists the run folder {r}, which is not there as a finished run (no {Path.Combine(folder, r, RunFolder.ManifestFile)}); make the comparison again ({comparison.Command})",
                $"其中列出的运行文件夹 {r} 不在，或不是完成的运行（没有 {Path.Combine(folder, r, RunFolder.ManifestFile)}）；请重新比较（{comparison.Command}）")))]);
        }
        return [.. comparison.Runs.Select(r => Path.Combine(folder, r))];
    }

    /// <summary>
    /// Opens the run folder <paramref name="path"/> to write <paramref name="willWrite"/> and finds what changed in it since rdsim
    /// wrote it (<paramref name="alterations"/>): an error naming each file, unless <paramref name="allowModified"/>, when each is a warning.
    /// </summary>
    private static OutputFolder Checked(string path, RunManifest manifest, string text, IReadOnlyList<string> willWrite, bool allowModified,
        out IReadOnlyList<FolderAlteration> alterations)
    {
        var folder = OutputFolder.Open(path, new OutputOptions
        {
            // A comparison's run folder may be redrawn (its results, and so the comparison's record of them, stay as they are).
            Option = "<DIR>", Kind = FolderKind.Run, MustExist = true, WillWrite = willWrite, Proven = manifest.Files, Force = allowModified, MemberOf = FolderKind.Compare,
        });
        try
        {
            if (folder.Note is { } note) CliConsole.Warn(note);
            alterations = RunFolderCheck.Alterations(folder, manifest, text);
            if (alterations.Count > 0 && !allowModified)
            {
                throw new InputException([.. alterations.Select(a => Diagnostic.Error(Path.Combine(path, a.File), 0, 0, "", a.Problem + new Bilingual(
                    "; a brief drawn from it would not show the run's numbers (rdsim report --allow-modified draws it anyway, with a warning)",
                    "；据此生成的简报不会显示该次运行的数字（rdsim report --allow-modified 仍会生成，并附警告）")))]);
            }
            foreach (var a in alterations) CliConsole.Warn($"warning: {a}");
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }
}
