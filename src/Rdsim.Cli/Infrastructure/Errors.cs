using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Turns exceptions into messages for people and exit codes, in one place for every verb.</summary>
public static class Errors
{
    /// <summary>Runs a verb's body and maps what it throws to an exit code.</summary>
    public static async Task<int> Guard(Func<Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body();
        }
        catch (InputException e)
        {
            Report(e);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (Inner<Rdsim.Model.Aggregation.ExactSumOverflowException>(e) is { } overflow)
        {
            // Inputs this large are bad input: every bound is documented, and a total never wraps around.
            CliConsole.Fail(new Bilingual($"The results would overflow, so the run was stopped and nothing was written: {overflow.Message}",
                $"结果将会溢出，因此运行已停止，未写入任何文件（程序原文：\"{overflow.Message}\"）").For(CliConsole.Text.IsChinese));
            return ExitCodes.BadInput;
        }
        catch (Rdsim.Scenarios.IO.OutputWriteException e)
        {
            // An I/O fault (a full disk, a lost share) is one line: the file, the cause; the folder's manifest is written last, so it is not there.
            CliConsole.Fail(new Bilingual($"{e.Message} The results were not completed, and the folder is not marked complete.",
                $"{e.Text.Zh}结果没有写完，该文件夹未标记为完成。").For(CliConsole.Text.IsChinese));
            return ExitCodes.RunFailed;
        }
        catch (Rdsim.Orleans.Hosting.ClusterUnavailableException e)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.RunFailed;
        }
        catch (Rdsim.Reporting.Charts.MissingFontException e)
        {
            CliConsole.Fail(CliConsole.Text.IsChinese ? e.MessageZh : e.Message);
            return ExitCodes.RunFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            CliConsole.Fail(new Bilingual($"Stopped ({StopSignal.Name}). No result files were completed.", $"已停止（{StopSignal.Name}）。没有写完任何结果文件。")
                .For(CliConsole.Text.IsChinese));
            return StopSignal.ExitCode;
        }
        catch (Exception e)
        {
            CliConsole.Fail($"The run failed: {e.Message}");
            CliConsole.Info("This is a bug or an environment problem, not bad input. Details:");
            CliConsole.Info(e.ToString());
            return ExitCodes.RunFailed;
        }
    }

    /// <summary>The exception of type <typeparamref name="T"/> in <paramref name="e"/> or the exceptions it wraps (a parallel loop wraps them).</summary>
    private static T? Inner<T>(Exception e) where T : Exception => e switch
    {
        T found => found,
        AggregateException many => many.Flatten().InnerExceptions.Select(Inner<T>).FirstOrDefault(x => x is not null),
        { InnerException: { } inner } => Inner<T>(inner),
        _ => null,
    };

    /// <summary>Prints an input error's diagnostics (at most the first 20 errors) and how many more there were.</summary>
    public static void Report(InputException e)
    {
        foreach (var d in e.Diagnostics)
        {
            var text = d.Text(CliConsole.Text.IsChinese);
            if (d.Severity == Severity.Error) CliConsole.Fail(text);
            else CliConsole.Warn(text);
        }
        if (e.OmittedErrors > 0) CliConsole.Fail(InputException.OmittedText(e.OmittedErrors, CliConsole.Text.IsChinese));
    }

    /// <summary>An input error not tied to a file line (a command-line option), in English and Chinese.</summary>
    public static InputException Option(string option, Bilingual message) => new(Diagnostic.Error("command line", 0, 0, option, message));

    /// <summary>A parameter given to <c>--vary</c> twice (sweep, sensitivity).</summary>
    public static InputException VariedTwice(string name) => Option("--vary", new($"{name} is varied twice.", $"{name} 被改变了两次。"));

    /// <summary>
    /// An option's value that a library refused with its own English words (a cluster address): the Chinese quotes them.
    /// </summary>
    public static InputException Refused(string option, Exception refused) =>
        Option(option, new Bilingual(refused.Message, $"{option} 的取值有误（原文：\"{refused.Message}\"）"));
}
