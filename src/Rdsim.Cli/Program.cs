using Rdsim.Cli.Commands;
using Rdsim.Cli.Infrastructure;
using Rdsim.Reporting.Files;
using Spectre.Console.Cli;

namespace Rdsim.Cli;

/// <summary>The <c>rdsim</c> command line.</summary>
public static class Program
{
    /// <summary>Entry point: parses the verb, runs it, returns its exit code.</summary>
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        using var stopping = StopSignal.Cancels(cancel);
        var app = Create();
        Languages.UseEarly(args);
        if (HelpVerb.Stray(args) is { } stray)
        {
            CliConsole.Fail(HelpVerb.StrayMessage(args, stray, CliConsole.Text.IsChinese));
            return ExitCodes.BadInput;
        }
        args = HelpVerb.Rewrite(args);
        if (MissingOptionValue.Check(args) is { } missing)
        {
            Errors.Report(missing);
            return ExitCodes.BadInput;
        }
        try
        {
            return await app.RunAsync(args, cancel.Token);
        }
        catch (CommandAppException e) when (e.InnerException is Rdsim.Scenarios.Loading.InputException input)
        {
            // An option's value that its converter refused (Rdsim.Cli.Options): located, like any bad input.
            Errors.Report(input);
            return ExitCodes.BadInput;
        }
        catch (CommandAppException e)
        {
            var chinese = CliConsole.Text.IsChinese;
            CliConsole.Fail(chinese ? CommandLineErrors.Chinese(e) : e.Message);
            if (CommandLineHints.For(args, e) is { } hint) CliConsole.Info(hint.For(chinese));
            CliConsole.Info(chinese ? "请参阅 rdsim --help 或 rdsim <verb> --help。" : "See rdsim --help, or rdsim <verb> --help.");
            return ExitCodes.BadInput;
        }
        finally
        {
            await EngineChoice.DisposeAllAsync();
        }
    }

    /// <summary>The command app with every verb (also used by help snapshot tests).</summary>
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("rdsim");
            config.SetApplicationVersion(ToolVersion.Current);
            config.PropagateExceptions();
            config.UseStrictParsing();
            // Help goes to standard output like any result: piped, its lines (and the examples, to copy) never wrap.
            config.ConfigureConsole(CliConsole.Help);
            config.AddCommand<RunCommand>("run")
                .WithDescription("Run a scenario and its no-incentive counterfactual; write manifest.json, years.csv, groups.csv, intensity_histogram.csv, bunching.csv, results.xlsx, charts, brief.html (brief.zh.html with --lang zh)")
                .WithExample("run", "scenarios/china-2008-2024.yaml")
                .WithExample("run", "scenarios/china-2008-2024.yaml", "--set", "hnte.rate=0.10", "--replications", "5", "--out", "runs/hnte10");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Run several scenarios on one seed (in-process reference loop, or --cluster); print them side by side; write differences.csv, overlay charts and a comparison brief.html (brief.zh.html with --lang zh)")
                .WithExample("compare", "scenarios/china-2008-2024.yaml", "scenarios/no-incentives.yaml", "--set", "population.firms=2000", "--set", "population.weight=460");
            config.AddCommand<SweepCommand>("sweep")
                .WithDescription("Run the full factorial of --vary values (resumable; in-process reference loop, or --cluster); write sweep.csv, heatmaps and the frontier")
                .WithExample("sweep", "scenarios/china-2008-2024.yaml", "--vary", "superDeduction.extraRate=0.5:1.0:0.25", "--vary", "hnte.rate=0.10,0.15,0.20")
                .WithExample("sweep", "scenarios/sweep-deduction-hnte.yaml", "--resume");
            config.AddCommand<SensitivityCommand>("sensitivity")
                .WithDescription("Rerun a scenario with each uncertain parameter at both ends of its range (common random numbers; in-process reference loop, or --cluster); write sensitivity.csv and tornado charts")
                .WithExample("sensitivity", "scenarios/china-2008-2024.yaml")
                .WithExample("sensitivity", "scenarios/china-2008-2024.yaml", "--vary", "behaviour.userCostElasticity=0.5,1.5", "--vary", "hnte.certificationCost=0.05,0.5");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Re-draw a run or compare folder's charts and brief from its stored results: brief.html (and brief.pdf with Chromium), or brief.zh.html (brief.zh.pdf) with --lang zh, beside a brief in the other language")
                .WithExample("report", "runs/china-2008-2024", "--lang", "zh");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a scenario file without running it (exit 2 on errors)")
                .WithExample("validate", "scenarios/china-2008-2024.yaml");
            config.AddCommand<ParamsCommand>("params")
                .WithDescription("List every parameter: default, unit, valid and advisory ranges, description, reference")
                .WithExample("params", "--filter", "hnte")
                .WithExample("params", "--markdown");
            config.AddCommand<PopulationCommand>("population")
                .WithDescription("Write a scenario's firms as CSV (the columns population.from reads)")
                .WithExample("population", "scenarios/china-2008-2024.yaml", "--out", "firms.csv");
            config.AddCommand<CalibrateCommand>("calibrate")
                .WithDescription("Fit a scenario's free parameters to published targets (Nelder–Mead, simulated moments; in-process reference loop, or --cluster); write fit.csv, fit.png and the fitted scenario")
                .WithExample("calibrate", "scenarios/ningbo-2013-base.yaml", "--targets", "scenarios/targets/ningbo-2013-targets.csv", "--fitted", "scenarios/ningbo-2013.yaml");
            config.AddCommand<SiloCommand>("silo")
                .WithDescription("Run a silo of an rdsim cluster (Redis membership) until Ctrl+C; rdsim run/compare/sweep --cluster run on the cluster")
                .WithExample("silo", "--cluster", "redis://127.0.0.1:6379")
                .WithExample("silo", "--cluster", "redis://10.0.0.5:6379", "--address", "10.0.0.7", "--dashboard", "8080");
            config.AddCommand<SelftestCommand>("selftest")
                .WithDescription("Check this install: rerun every bundled scenario's small fixed-seed version and compare with its golden output");
        });
        return app;
    }
}
