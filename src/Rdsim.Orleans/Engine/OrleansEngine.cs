using System.Diagnostics;
using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Engine;

/// <summary>
/// Runs a simulation on Orleans: a grain per firm, shard grains over fixed id ranges, and a coordinator
/// grain per run that drives the years. Runs on an embedded single silo (started on first use) or on an
/// existing cluster through its grain factory, or as a client of a Redis cluster. Results are bit-identical
/// to the reference engine's. A run that loses a silo midway is started again from the beginning on the
/// silos left (every draw is keyed, so the numbers are the same); it fails loudly when that is impossible.
/// </summary>
public sealed class OrleansEngine : ISimulationEngine, IAsyncDisposable
{
    private readonly OrleansEngineOptions _options;
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private IGrainFactory? _grains;
    private EmbeddedSilo? _silo;
    private readonly ClusterIdentity? _cluster;
    private RedisClusterClient? _client;

    /// <summary>An engine on its own embedded silo, started on the first run and stopped on dispose.</summary>
    public OrleansEngine(OrleansEngineOptions? options = null)
    {
        _options = options ?? new OrleansEngineOptions();
    }

    /// <summary>An engine on an existing cluster (a client, a silo's grain factory, a test cluster).</summary>
    /// <param name="grains">The cluster's grain factory (an <see cref="IClusterClient"/> is one).</param>
    /// <param name="options">Spreading options.</param>
    public OrleansEngine(IGrainFactory grains, OrleansEngineOptions? options = null)
    {
        _grains = grains;
        _options = options ?? new OrleansEngineOptions();
        Placement = "Orleans cluster (grain factory supplied by the caller)";
    }

    /// <summary>An engine that runs as a client of a Redis cluster, connected on the first run and disconnected on dispose.</summary>
    /// <param name="cluster">The cluster's Redis server and ids.</param>
    /// <param name="options">Spreading options.</param>
    public OrleansEngine(ClusterIdentity cluster, OrleansEngineOptions? options = null)
    {
        _cluster = cluster;
        _options = options ?? new OrleansEngineOptions();
        Placement = $"{cluster} (not connected yet)";
    }

    /// <summary>Where the runs go, for manifests: the embedded silo, or the cluster and its silos at the last run.</summary>
    public string Placement { get; private set; } = "embedded Orleans silo (in-process, localhost clustering)";

    /// <inheritdoc />
    public string Name => "orleans";

    /// <inheritdoc />
    public async Task<SimulationResult> RunAsync(SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        input.Validate();
        var grains = await Grains(cancellationToken);
        var lost = TimeSpan.Zero;
        for (var attempt = 0; ; attempt++)
        {
            var silos = await SiloLoss.ActiveSilos(grains);
            if (_client is not null) Placement = $"{_client.Cluster}, {silos.Count} silo{(silos.Count == 1 ? "" : "s")}";
            var clock = Stopwatch.StartNew();
            try
            {
                var result = await RunOnce(grains, input, progress, cancellationToken);
                return attempt == 0 ? result : result with { Timings = new Dictionary<string, TimeSpan>(result.Timings) { ["lostToSiloFailures"] = lost } };
            }
            catch (Exception e) when (attempt < _options.RestartsAfterSiloLoss && !cancellationToken.IsCancellationRequested)
            {
                if (!await SiloLoss.Explains(e, grains, silos)) throw;
                lost += clock.Elapsed;
                _options.Notices?.Invoke($"A silo was lost during the run ({e.GetBaseException().Message.Trim()}). " +
                    $"Starting the run again from the beginning on the silos left (attempt {attempt + 2} of {_options.RestartsAfterSiloLoss + 1}); the results will be the same.");
                await Task.Delay(_options.RestartDelay, cancellationToken);
            }
        }
    }

    private async Task<SimulationResult> RunOnce(IGrainFactory grains, SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timings = new Dictionary<string, TimeSpan>();
        var coordinator = grains.Coordinator(Guid.NewGuid());
        try
        {
            await Upload(coordinator, input);
            timings["setup"] = clock.Elapsed;
            var replicates = await Step(coordinator, input, progress, clock, timings, cancellationToken);
            var cleanupStart = clock.Elapsed;
            await coordinator.Close();
            timings["cleanup"] = clock.Elapsed - cleanupStart;
            timings["total"] = clock.Elapsed;
            return new SimulationResult(Name, replicates, timings);
        }
        catch
        {
            await CloseQuietly(coordinator);
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    /// <summary>Stops the embedded silo or disconnects from the cluster, if this engine did either.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_silo is not null) await _silo.DisposeAsync();
        _silo = null;
        if (_client is not null) await _client.DisposeAsync();
        _client = null;
        _startGate.Dispose();
    }

    private async Task<IGrainFactory> Grains(CancellationToken cancellationToken)
    {
        if (_grains is not null) return _grains;
        await _startGate.WaitAsync(cancellationToken);
        try
        {
            if (_cluster is not null)
            {
                _client ??= await RedisClusterClient.ConnectAsync(_cluster, cancellationToken);
                return _grains = _client.Grains;
            }
            _silo ??= await EmbeddedSilo.StartAsync(cancellationToken: cancellationToken);
            return _grains = _silo.Grains;
        }
        finally
        {
            _startGate.Release();
        }
    }

    private async Task Upload(IRunCoordinatorGrain coordinator, SimulationInput input)
    {
        var policy = input.Policy;
        var policies = Enumerable.Range(policy.FirstYear, policy.LastYear - policy.FirstYear + 1).Select(policy.At).ToArray();
        var tuning = new RunTuning(_options.Shards, _options.MaxYearsPerCall, _options.FirmCallConcurrency);
        await coordinator.Start(new RunDefinition(input.Run, input.Model, policy.FirstYear, policies, input.Firms.Count, tuning));
        var chunk = Math.Max(1, _options.UploadChunk);
        for (var first = 0; first < input.Firms.Count; first += chunk)
        {
            var firms = new Model.Firms.FirmTraits[Math.Min(chunk, input.Firms.Count - first)];
            for (var i = 0; i < firms.Length; i++) firms[i] = input.Firms[first + i];
            await coordinator.AddFirms(new FirmBatch(first, firms));
        }
    }

    private static async Task<List<ReplicateResult>> Step(IRunCoordinatorGrain coordinator, SimulationInput input,
        IProgress<RunProgress>? progress, Stopwatch clock, Dictionary<string, TimeSpan> timings, CancellationToken cancellationToken)
    {
        var run = input.Run;
        var firmYearsPerYear = 2L * input.Firms.Count;
        var done = 0L;
        var yearsStart = clock.Elapsed;
        var nextYear = run.StartYear;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchStart = clock.Elapsed;
            var report = await CoordinatorWatch.Await(coordinator, coordinator.Advance(cancellationToken), nextYear, cancellationToken);
            nextYear = report.LastYear + 1;
            if (report.FirstYear == run.StartYear) timings["firstYear"] = clock.Elapsed - batchStart;
            for (var year = report.FirstYear; year <= report.LastYear; year++)
            {
                for (var r = 0; r < run.Replications; r++)
                {
                    done += firmYearsPerYear;
                    progress?.Report(new RunProgress(done, input.TotalFirmYears, r, year, clock.Elapsed));
                }
            }
            if (report.Finished) break;
        }
        timings["years"] = clock.Elapsed - yearsStart;
        timings["laterYears"] = timings["years"] - timings.GetValueOrDefault("firstYear");
        var replicates = new List<ReplicateResult>(run.Replications);
        for (var r = 0; r < run.Replications; r++)
        {
            var record = await coordinator.GetReplicate(r);
            replicates.Add(new ReplicateResult(record.Replicate, record.Seed,
                record.Years.Select(y => new YearResult(y.Year, y.Scenario, y.Counterfactual, y.ScenarioRdInputPrice, y.CounterfactualRdInputPrice)).ToList()));
        }
        return replicates;
    }

    private static async Task CloseQuietly(IRunCoordinatorGrain coordinator)
    {
        try
        {
            await coordinator.Close();
        }
        catch (Exception)
        {
            // The run already failed; the failure that matters is the one being rethrown.
        }
    }
}
