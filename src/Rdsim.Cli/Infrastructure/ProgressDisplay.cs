using System.Globalization;
using Rdsim.Engine;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Shows a run's progress on standard error: a live bar with firm-years per second and time left on a
/// terminal, plain lines (at most one every two seconds, and the last one) when the output is redirected.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing the progress it reports.</summary>
    public static async Task<T> Show<T>(string label, Func<IProgress<RunProgress>, Task<T>> work)
    {
        if (!CliConsole.IsInteractive) return await work(new PlainLines(label));
        return await CliConsole.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: 1);
                var result = await work(new Progress<RunProgress>(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = Markup.Escape($"{label} {p.Year} · {Rate(p)}");
                }));
                task.Value = 1;
                return result;
            });
    }

    /// <summary>A line describing progress, in the terminal's language: year, share done, speed, time left.</summary>
    public static string Describe(string label, RunProgress p) =>
        ConsoleText.Format(CliConsole.Text.Progress, label, p.Replicate + 1, p.Year, p.Fraction, Rate(p), Remaining(p));

    private static string Rate(RunProgress p) => ConsoleText.Format(CliConsole.Text.Rate, p.FirmYearsPerSecond / 1e6);

    private static string Remaining(RunProgress p) => p.Remaining is { } left ? ConsoleText.Format(CliConsole.Text.Seconds, left.TotalSeconds) : "?";

    /// <summary>Plain progress lines for redirected output.</summary>
    private sealed class PlainLines(string label) : IProgress<RunProgress>
    {
        private DateTime _last = DateTime.MinValue;

        public void Report(RunProgress value)
        {
            var now = DateTime.UtcNow;
            if (value.FirmYearsDone < value.FirmYearsTotal && now - _last < TimeSpan.FromSeconds(2)) return;
            _last = now;
            CliConsole.Info(Describe(label, value));
        }
    }
}
