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
/// <c>rdsim report</c>: re-draws a run's workbook, charts and brief from its stored results, without simulating again — after
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
        [Description("Language of chart titles, labels and the brief: en (default) or zh")]
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
            if (FolderKind.Held(settings.Folder) is { } kind && kind != FolderKind.Run && kind != FolderKind.Compare)
                throw RedrawRefusal.For(settings.Folder, kind, settings.Lang, settings.MoneyUnit);
            if (CompareFolder.RunFolders(settings.Folder) is { Count: > 0 } runFolders) return Task.FromResult(Compare(settings, runFolders, language, unit, cancellationToken));
            var (manifest, text) = ManifestReader.Read(settings.Folder);
            // A run made with --sensitivity stored its analysis: its band is drawn again too.
            var hasSensitivity = manifest.Files.Any(f => f.Path == SensitivityTable.File);
            using var folder = Checked(settings.Folder, manifest, text, [.. RunFolder.Rendered(charts: true), .. hasSensitivity ? SensitivityCharts.Files : []],
                settings.AllowModified, out var alterations);
            folder.DeleteOwned(RunFolder.IsRendered);
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
                    Files = [.. manifest.Files.Where(f => !RunFolder.IsRendered(f.Path)).Concat(folder.Written.Where(f => f.Path != RunFolder.ManifestFile)).OrderBy(f => f.Path, StringComparer.Ordinal)],
                });
            }
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken);

    /// <summary>
    /// Re-draws a compare folder's overlay charts and brief from its run folders (<paramref name="runFolders"/>, baseline first),
    /// each checked against its manifest first; the run folders themselves are left as they are.
    /// </summary>
    private static int Compare(Settings settings, IReadOnlyList<string> runFolders, ChartLanguage language, MoneyUnit unit, CancellationToken cancellationToken)
    {
        var runs = new List<RunResult>();
        var altered = new List<(RunManifest, IReadOnlyList<FolderAlteration>)>();
        var opened = new List<OutputFolder>();
        try
        {
            foreach (var path in runFolders)
            {
                var (manifest, text) = ManifestReader.Read(path);
                opened.Add(Checked(path, manifest, text, [], settings.AllowModified, out var alterations));
                if (alterations.Count > 0) altered.Add((manifest, [.. alterations.Select(a => a with { File = $"{Path.GetFileName(path)}/{a.File}" })]));
                runs.Add(RunFolder.Load(path, manifest));
            }
            using var folder = OutputFolder.Open(settings.Folder, new OutputOptions
            {
                Option = "<DIR>", Kind = FolderKind.Compare, MustExist = true, WillWrite = CompareFolder.Rendered(charts: true), Force = settings.AllowModified,
            });
            if (folder.Note is { } note) CliConsole.Warn(note);
            folder.DeleteOwned(RunFolder.IsRendered);
            // A comparison made with --sensitivity stored its table: its sections are drawn again from it.
            var table = Path.Combine(folder.Path, ReformSensitivityTable.File);
            var sensitivity = File.Exists(table) ? ReformSensitivityTable.Read(table, [.. runs.Select(r => r.Manifest.ResultFingerprint)]) : null;
            var comparison = CompareFolder.ReadManifest(folder.Path);
            if (comparison is null && File.Exists(Path.Combine(folder.Path, CompareFolder.ManifestFile)))
                CliConsole.Warn($"warning: {Path.Combine(settings.Folder, CompareFolder.ManifestFile)}: not the one rdsim wrote (damaged or edited): the brief shows no command for the whole comparison");
            // The overlays' CSV files follow the run folders' (with a byte-order mark if the comparison was given --csv-bom).
            CompareOutputs.Render(runs, folder.Path, comparison?.Command, language, unit, charts: true, altered, RunFolder.HasByteOrderMark(runFolders[0]), cancellationToken, sensitivity);
            // As for a run: a comparison whose runs checked out lists what was drawn now; a changed one keeps its manifest as found.
            if (comparison is not null && altered.Count == 0) CompareFolder.WriteManifest(folder, comparison with { Files = [.. comparison.Files.Where(f => !RunFolder.IsRendered(f.Path)).Concat(folder.Written)] });
            return ExitCodes.Ok;
        }
        finally
        {
            foreach (var folder in opened) folder.Dispose();
        }
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
            Option = "<DIR>", Kind = FolderKind.Run, MustExist = true, WillWrite = willWrite, Proven = manifest.Files, Force = allowModified,
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
