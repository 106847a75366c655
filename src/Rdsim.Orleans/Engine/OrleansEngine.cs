using System.Diagnostics;
using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Engine;

/// <summary>
/// Runs a simulation on Orleans: a grain per firm, shard grains over fixed id ranges, and a coordinator
/// grain per run that drives the years. Firms and shards are keyed by the population's fingerprint, so the runs of one
/// engine (or of any client) on the same firms find them active and pay activation once. Runs on an embedded single silo (started on first use) or on an
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
    private readonly WarmPopulations _warm = new();

    /// <summary>An engine on its own embedded silo, started on the first run and stopped on dispose.</summary>
    public OrleansEngine(OrleansEngineOptions? options = null)
    {
        _options = options ?? new OrleansEngineOptions();
        Capabilities = new EngineCapabilities(ObservesFirms: false, FirmPlacement.LocalGrains);
    }

    /// <summary>An engine on an existing cluster (a client, a silo's grain factory, a test cluster).</summary>
    /// <param name="grains">The cluster's grain factory (an <see cref="IClusterClient"/> is one).</param>
    /// <param name="options">Spreading options.</param>
    public OrleansEngine(IGrainFactory grains, OrleansEngineOptions? options = null)
    {
        _grains = grains;
        _options = options ?? new OrleansEngineOptions();
        Placement = "Orleans cluster (grain factory supplied by the caller)";
        // A caller's grain factory may be a silo of this process (tests' clusters) or a client: its grains count as local.
        Capabilities = new EngineCapabilities(ObservesFirms: false, FirmPlacement.LocalGrains);
    }

    /// <summary>An engine that runs as a client of a Redis cluster, connected on the first run and disconnected on dispose.</summary>
    /// <param name="cluster">The cluster's Redis server and ids.</param>
    /// <param name="options">Spreading options.</param>
    public OrleansEngine(ClusterIdentity cluster, OrleansEngineOptions? options = null)
    {
        _cluster = cluster;
        _options = options ?? new OrleansEngineOptions();
        Placement = $"{cluster} (not connected yet)";
        Capabilities = new EngineCapabilities(ObservesFirms: false, FirmPlacement.RemoteGrains);
    }

    /// <inheritdoc />
    /// <remarks>The embedded silo, or the cluster and its silos at the last run.</remarks>
    public string Placement { get; private set; } = "embedded Orleans silo (in-process, localhost clustering)";

    /// <inheritdoc />
    public string Name => "orleans";

    /// <inheritdoc />
    public EngineCapabilities Capabilities { get; }

    /// <inheritdoc />
    public async Task<SimulationResult> RunAsync(SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        input.Validate(Capabilities);
        var grains = await Grains(cancellationToken);
        var lost = TimeSpan.Zero;
        for (var attempt = 0; ; attempt++)
        {
            var silos = await SiloLoss.ActiveSilos(grains);
            var clock = Stopwatch.StartNew();
            try
            {
                var result = await RunOnce(grains, input, progress, cancellationToken);
                // The silos that finished the run, not those it started on: a lost one is no longer counted.
                if (_client is not null) Placement = SiloCount(_client.Cluster, await SiloLoss.ActiveSilos(grains));
                return attempt == 0 ? result : result with { Timings = new Dictionary<string, TimeSpan>(result.Timings) { ["lostToSiloFailures"] = lost } };
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                if (!await SiloLoss.Explains(e, grains, silos)) throw;
                if (attempt >= _options.RestartsAfterSiloLoss)
                {
                    throw new ClusterUnavailableException(
                        $"The run lost a silo {attempt + 1} times and cannot finish on the silos left; no results were written. " +
                        "Check the silos (rdsim silo) and run it again.", e);
                }
                // Wait until the cluster has declared the lost silo dead, so that the new attempt is placed on the silos left.
                var left = await SiloLoss.Settle(grains, silos, _options.RestartDelay, cancellationToken);
                lost += clock.Elapsed;
                var gone = silos.Where(silo => !left.Contains(silo)).Select(silo => silo.Endpoint.ToString()).ToList();
                _options.Notices?.Invoke($"A silo was lost during the run{(gone.Count > 0 ? $" ({string.Join(", ", gone)})" : "")}. " +
                    $"Starting the run again from the beginning on the {(left.Count > 0 ? $"{left.Count} " : "")}silo(s) left " +
                    $"(attempt {attempt + 2} of {_options.RestartsAfterSiloLoss + 1}); the results will be the same.");
            }
        }
    }

    /// <summary>
    /// The silos this engine's runs go to: those the cluster counts as active, connecting (or starting the embedded silo) first
    /// when no run has; at least 1, since a cluster that cannot say still has the silo that answered.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">The cluster cannot be reached.</exception>
    public async Task<int> ActiveSilosAsync(CancellationToken cancellationToken) =>
        Math.Max(1, (await SiloLoss.ActiveSilos(await Grains(cancellationToken))).Count);

    private static string SiloCount(ClusterIdentity cluster, IReadOnlySet<SiloAddress> silos) =>
        $"{cluster}, {silos.Count} silo{(silos.Count == 1 ? "" : "s")}";

    private async Task<SimulationResult> RunOnce(IGrainFactory grains, SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timings = new Dictionary<string, TimeSpan>();
        var coordinator = grains.Coordinator(Guid.NewGuid());
        var population = PopulationFingerprint.Of(input.Firms);
        List<ReplicateResult> replicates;
        try
        {
            await Upload(coordinator, input, population, cancellationToken);
            timings["setup"] = clock.Elapsed;
            replicates = await Step(coordinator, input, progress, clock, timings, cancellationToken);
        }
        catch
        {
            // A run cut short gives the population's memory back: its next run, if any, is an attempt away.
            _warm.LetGo(population);
            await CloseQuietly(coordinator, letGo: true, _options.CallTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        // The results are complete: a clean-up that fails or lags (a silo lost now) must not lose them.
        var cleanupStart = clock.Elapsed;
        await CloseQuietly(coordinator, letGo: false, _options.CleanupTimeout);
        _warm.Finished(population);
        timings["cleanup"] = clock.Elapsed - cleanupStart;
        timings["total"] = clock.Elapsed;
        return new SimulationResult(Name, replicates, timings);
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

    private async Task Upload(IRunCoordinatorGrain coordinator, SimulationInput input, Guid population, CancellationToken cancellationToken)
    {
        var policy = input.Policy;
        var policies = Enumerable.Range(policy.FirstYear, policy.LastYear - policy.FirstYear + 1).Select(policy.At).ToArray();
        var tuning = new RunTuning(_options.Shards, _options.MaxYearsPerCall, _options.FirmCallConcurrency, FirstYearAlone: !_warm.Contains(population));
        var definition = new RunDefinition(input.Run, input.Model, policy.FirstYear, policies, input.Firms.Count, tuning, population);
        // One copy of the caller's firms, the run's own (the population's grains keep them after the run; the caller's list is
        // the caller's to change). The embedded silo's coordinator gets it in one call, by reference, and keeps that very array;
        // a cluster's gets chunks of it, ranges that serialization copies, each well under Orleans' 100 MB message limit.
        var firms = input.Firms.ToArray();
        var chunk = _silo is not null ? Math.Max(1, firms.Length) : Math.Max(1, _options.UploadChunk);
        FirmBatch Chunk(int first) => new(first, new ArraySegment<Model.Firms.FirmTraits>(firms, first, Math.Min(chunk, firms.Length - first)));
        await Bounded(coordinator.Start(definition, Chunk(0)), cancellationToken);
        for (var first = chunk; first < firms.Length; first += chunk) await Bounded(coordinator.AddFirms(Chunk(first)), cancellationToken);
    }

    private async Task<List<ReplicateResult>> Step(IRunCoordinatorGrain coordinator, SimulationInput input,
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
            // The first year is timed only when it was stepped alone (it activated the firms); else no year is apart from the others.
            if (report.FirstYear == run.StartYear && report.LastYear == run.StartYear) timings["firstYear"] = clock.Elapsed - batchStart;
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
        if (timings.TryGetValue("firstYear", out var firstYear)) timings["laterYears"] = timings["years"] - firstYear;
        var replicates = new List<ReplicateResult>(run.Replications);
        for (var r = 0; r < run.Replications; r++)
        {
            replicates.Add(await Bounded(coordinator.GetReplicate(r), cancellationToken));
        }
        return replicates;
    }

    /// <summary>
    /// A call outside the coordinator's watch (set-up, results) bounded by <see cref="OrleansEngineOptions.CallTimeout"/>:
    /// one sent through a gateway that died would otherwise wait for the 10-minute response timeout.
    /// </summary>
    private async Task Bounded(Task call, CancellationToken cancellationToken)
    {
        try
        {
            await call.WaitAsync(_options.CallTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            _ = call.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new SiloUnavailableException($"The run's coordinator did not answer within {_options.CallTimeout.TotalSeconds:F0} s.");
        }
    }

    private async Task<T> Bounded<T>(Task<T> call, CancellationToken cancellationToken)
    {
        await Bounded((Task)call, cancellationToken);
        return await call;
    }

    private static async Task CloseQuietly(IRunCoordinatorGrain coordinator, bool letGo, TimeSpan wait)
    {
        var close = coordinator.Close(letGo);
        _ = close.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        try
        {
            await close.WaitAsync(wait);
        }
        catch (Exception)
        {
            // Closing only gives memory back early: the silos finish it on their own (or the coordinator's client lease
            // does), and the failure that matters, if any, is the one being rethrown.
        }
    }
}
