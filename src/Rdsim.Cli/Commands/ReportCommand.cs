using System.ComponentModel;
using Rdsim.Cli.Infrastructure;
using Rdsim.Reporting.Files;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim report</c>: re-draws a run's charts and brief from its stored results, without simulating again.</summary>
public sealed class ReportCommand : AsyncCommand<ReportCommand.Settings>
{
    /// <summary>Options of <c>rdsim report</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The run folder.</summary>
        [CommandArgument(0, "<DIR>")]
        [Description("A run folder written by rdsim run (it has a manifest.json)")]
        public string Folder { get; init; } = "";

        /// <summary>Language of charts and brief.</summary>
        [CommandOption("--lang <LANG>")]
        [Description("Language of chart titles, labels and the brief: en (default) or zh")]
        public string Lang { get; init; } = "en";
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(() =>
        {
            var language = Languages.Parse(settings.Lang);
            if (!Directory.Exists(settings.Folder)) throw Errors.Option("<DIR>", $"'{settings.Folder}' is not a folder; give a run folder written by rdsim run.");
            RunOutputs.Render(RunData.Read(settings.Folder), language, charts: true);
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken);
}
