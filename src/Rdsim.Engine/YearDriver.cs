using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Randomness;
using Rdsim.Model.Simulation;

namespace Rdsim.Engine;

/// <summary>
/// The order of a run's years, the same for every engine: engines differ in where the firms live (arrays in this process,
/// grains on silos), not in what a year is. For each replicate and world the driver keeps the cross-firm feedback
/// (<see cref="WorldFeedback"/>), gives the inputs of the next year, takes back the year's breakdowns once the firms are
/// stepped, feeds them forward and keeps the reported years. Replicates are independent of each other, so an engine may
/// drive them one at a time (the reference engine, which reuses one pair of state arrays) or together (the Orleans
/// engine, whose firms hold every replicate's states); the numbers are the same.
/// </summary>
public sealed class YearDriver
{
    private readonly SimulationInput _input;
    private readonly PolicySchedule _counterfactual;
    private readonly int _firstReplicate;
    private readonly ulong[] _seeds;
    private readonly List<YearResult>[] _reported;
    private readonly Dictionary<int, YearInputs[]> _given = [];
    private WorldFeedback[]? _feedback;

    /// <summary>A driver of <paramref name="replicates"/> replicates of <paramref name="input"/> from replicate <paramref name="firstReplicate"/> on.</summary>
    public YearDriver(SimulationInput input, int firstReplicate, int replicates)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplicate);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstReplicate + replicates, input.Run.Replications, nameof(replicates));
        _input = input;
        _counterfactual = input.Policy.WithoutIncentives();
        _firstReplicate = firstReplicate;
        _seeds = [.. Enumerable.Range(firstReplicate, replicates).Select(r => KeyedRandom.ReplicateSeed(input.Run.Seed, r))];
        _reported = [.. _seeds.Select(_ => new List<YearResult>(input.Run.ReportedYears))];
        NextYear = input.Run.StartYear;
    }

    /// <summary>A driver of every replicate of <paramref name="input"/>, stepped together.</summary>
    public YearDriver(SimulationInput input) : this(input, 0, input.Run.Replications)
    {
    }

    /// <summary>How many replicates the driver steps together.</summary>
    public int Replicates => _seeds.Length;

    /// <summary>Inputs and breakdowns of one year: one per replicate and world (see <see cref="Slot"/>).</summary>
    public int Slots => 2 * Replicates;

    /// <summary>The next year to step.</summary>
    public int NextYear { get; private set; }

    /// <summary>Whether the last year has been recorded.</summary>
    public bool Finished => NextYear > _input.Run.LastYear;

    /// <summary>
    /// Whether no year's inputs depend on the aggregates of the years before (no R&amp;D input market, no spillover), so that
    /// several years may be stepped before they are recorded.
    /// </summary>
    public bool YearsIndependent => _input.Model.Behaviour.RdSupplyElasticity == 0 && _input.Model.Behaviour.Spillover == 0;

    /// <summary>The slot of a replicate's world: replicate-major (the driver's own replicates counted from 0), scenario then counterfactual.</summary>
    public static int Slot(int replicate, World world) => replicate * 2 + (int)world;

    /// <summary>The policy a world is under in <paramref name="year"/> (warm-up years under the first reported year's).</summary>
    public YearPolicy Policy(World world, int year) => Schedule(world).At(year);

    /// <summary>The policy a world starts in (the year before the first simulated year is under the first simulated year's).</summary>
    public YearPolicy StartPolicy(World world) => Policy(world, _input.Run.StartYear);

    /// <summary>The state a firm starts with in <paramref name="world"/>, the year before the first simulated year.</summary>
    public FirmState InitialState(in FirmTraits firm, World world) => FirmYear.Initial(firm, _input.Model, StartPolicy(world), _input.Run.StartYear);

    /// <summary>
    /// How many years, from <see cref="NextYear"/>, may be stepped before they are recorded: one whenever a year's inputs depend
    /// on the year before, and for the first year when <paramref name="firstYearAlone"/> (an engine that must start every firm
    /// first, and times that apart), else up to <paramref name="most"/>.
    /// </summary>
    public int NextSpan(int most, bool firstYearAlone) =>
        !YearsIndependent || (firstYearAlone && NextYear == _input.Run.StartYear)
            ? 1
            : Math.Min(Math.Max(1, most), _input.Run.LastYear - NextYear + 1);

    /// <summary>The inputs of <paramref name="year"/> for every slot.</summary>
    /// <exception cref="InvalidOperationException">A year other than the next one whose inputs depend on the years before it.</exception>
    public YearInputs[] InputsFor(int year)
    {
        if (year < NextYear || year > _input.Run.LastYear || (year != NextYear && !YearsIndependent))
        {
            throw new InvalidOperationException($"The inputs of {year} are not known yet: the run is at {NextYear}.");
        }
        var feedback = _feedback ??= InitialFeedback();
        var inputs = new YearInputs[Slots];
        for (var r = 0; r < Replicates; r++)
        {
            foreach (var world in (ReadOnlySpan<World>)[World.Scenario, World.Counterfactual])
            {
                var slot = Slot(r, world);
                inputs[slot] = feedback[slot].InputsFor(year, Policy(world, year), _seeds[r]);
            }
        }
        _given[year] = inputs;
        return inputs;
    }

    /// <summary>
    /// Records the next year once every firm is stepped with the inputs <see cref="InputsFor"/> gave: its breakdowns by slot.
    /// Each world's feedback learns the year; a reported year is kept.
    /// </summary>
    public void Record(int year, IReadOnlyList<YearBreakdown> breakdowns)
    {
        if (year != NextYear || !_given.Remove(year, out var inputs))
        {
            throw new InvalidOperationException($"{year} was recorded while the run is at {NextYear}, or before its inputs were given.");
        }
        var feedback = _feedback!;
        for (var r = 0; r < Replicates; r++)
        {
            var (s, c) = (Slot(r, World.Scenario), Slot(r, World.Counterfactual));
            feedback[s].Record(breakdowns[s]);
            feedback[c].Record(breakdowns[c]);
            if (year >= _input.Run.FirstYear)
            {
                _reported[r].Add(new YearResult(year, breakdowns[s], breakdowns[c], inputs[s].RdInputPrice, inputs[c].RdInputPrice));
            }
        }
        NextYear = year + 1;
    }

    /// <summary>The driver's replicates with their reported years so far (all of them once <see cref="Finished"/>).</summary>
    public IReadOnlyList<ReplicateResult> Results() =>
        [.. _reported.Select((years, r) => new ReplicateResult(_firstReplicate + r, _seeds[r], [.. years]))];

    private PolicySchedule Schedule(World world) => world == World.Scenario ? _input.Policy : _counterfactual;

    /// <summary>Each world's feedback before the first year: the population's reference intensity and its starting knowledge by sector.</summary>
    private WorldFeedback[] InitialFeedback()
    {
        var firms = _input.Firms;
        var start = _input.Run.StartYear;
        var reference = WorldFeedback.ReferenceIntensity(firms, start);
        double[] Knowledge(World world) => WorldFeedback.SectorKnowledge(firms.Select(f => (f, InitialState(f, world).Knowledge)), start);
        var (scenario, counterfactual) = (Knowledge(World.Scenario), Knowledge(World.Counterfactual));
        var feedback = new WorldFeedback[Slots];
        for (var r = 0; r < Replicates; r++)
        {
            feedback[Slot(r, World.Scenario)] = new WorldFeedback(_input.Model.Behaviour, reference, scenario);
            feedback[Slot(r, World.Counterfactual)] = new WorldFeedback(_input.Model.Behaviour, reference, counterfactual);
        }
        return feedback;
    }
}
