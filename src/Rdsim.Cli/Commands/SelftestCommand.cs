using System.ComponentModel;
using Rdsim.Cli.Infrastructure;
using Rdsim.Cli.Selftest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary>
/// <c>rdsim selftest</c>: runs the small, fixed-seed version of every bundled scenario on each engine and
/// compares its <c>years.csv</c> byte for byte with the golden output shipped with rdsim. A pass means this
/// install reproduces the published numbers exactly.
/// </summary>
public sealed class SelftestCommand : AsyncCommand<SelftestCommand.Settings>
{
    /// <summary>Options of <c>rdsim selftest</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Engines to check.</summary>
        [CommandOption("--engine <ENGINE>")]
        [Description("Engine to check; repeatable (default: every engine)")]
        public string[] Engines { get; init; } = [];
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            var engines = (settings.Engines.Length > 0 ? settings.Engines : EngineChoice.All).Select(EngineChoice.Create).ToList();
            var folder = Directory.CreateTempSubdirectory("rdsim-selftest-").FullName;
            try
            {
                BundledScenarios.Extract(folder);
                var table = new Table().Border(TableBorder.Simple).AddColumns("scenario", "engine", "result");
                var failures = 0;
                foreach (var name in BundledScenarios.Names())
                {
                    var golden = BundledScenarios.Golden(name);
                    foreach (var engine in engines)
                    {
                        var verdict = golden is null
                            ? "FAIL: no golden output bundled"
                            : await GoldenRun.YearsCsv(Path.Combine(folder, name), engine, cancellationToken) == golden ? "pass" : "FAIL: results differ from the golden output";
                        if (verdict != "pass") failures++;
                        table.AddRow(Markup.Escape(name), engine.Name, Markup.Escape(verdict));
                    }
                }
                CliConsole.Out.Write(table);
                CliConsole.Info(failures == 0
                    ? "Every bundled scenario reproduces its golden output exactly."
                    : $"{failures} check(s) failed: this build does not reproduce the published results.");
                return failures == 0 ? ExitCodes.Ok : ExitCodes.RunFailed;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, cancellationToken);
}
