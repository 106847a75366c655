using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// One silo's copy of a run: its setup, fetched once, and the inputs of each year the run has reached, built once per silo
/// from the year's feedback and the setup's policies, then shared by reference by every firm the silo steps. Written by the
/// run's shards (and by firms that fetch missing years), read by firms on any thread: a year, once set, never changes.
/// </summary>
internal sealed class RunBook
{
    private readonly YearInputs[]?[] _years;
    private long _used = Environment.TickCount64;

    public RunBook(RunSetup setup)
    {
        Setup = setup;
        _years = new YearInputs[]?[setup.LastYear - setup.StartYear + 1];
    }

    public RunSetup Setup { get; }

    /// <summary>When a shard last opened the book (<see cref="Environment.TickCount64"/>), for dropping books of runs that never ended.</summary>
    public long Used => Volatile.Read(ref _used);

    public void Touch() => Volatile.Write(ref _used, Environment.TickCount64);

    /// <summary>Adds a year from its feedback (a year added already is kept: it holds the same values).</summary>
    public void Add(YearFeedback feedback)
    {
        if (Inputs(feedback.Year) is null) Set(feedback.Year, Setup.Inputs(feedback));
    }

    /// <summary>Adds a year from its logged context.</summary>
    public void Add(YearContext context) => Set(context.Year, context.Inputs);

    /// <summary>The inputs of a year by slot, or null when the silo has not received the year.</summary>
    public YearInputs[]? Inputs(int year) => Volatile.Read(ref _years[year - Setup.StartYear]);

    /// <summary>Whether the book holds every year from <paramref name="firstYear"/> on for <paramref name="years"/> years.</summary>
    public bool Holds(int firstYear, int years)
    {
        for (var k = 0; k < years; k++)
        {
            if (Inputs(firstYear + k) is null) return false;
        }
        return true;
    }

    private void Set(int year, YearInputs[] inputs) => Interlocked.CompareExchange(ref _years[year - Setup.StartYear], inputs, null);
}
