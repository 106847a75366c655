namespace Rdsim.Orleans.Engine;

/// <summary>How the Orleans engine spreads a run over grains. None of it changes a result, only the speed.</summary>
public sealed record OrleansEngineOptions
{
    /// <summary>Shard grains per run, each owning a fixed range of firm ids (not tied to the number of silos).</summary>
    public int Shards { get; init; } = 16;

    /// <summary>
    /// Years one firm call may step when no cross-firm feedback links them (R&amp;D supply elasticity and
    /// spillover both 0). Progress is still reported year by year, but in bursts of this many years.
    /// Measured on 1,000,000 firms × 13 years (2 loaded cores): 4 gave 17% of the reference engine's
    /// steady-year throughput, 12 gave 44%. 24 covers every simulated year of the bundled scenario (22) and of the
    /// benchmark (13), so that a run on a population whose grains are active (a sweep's or a calibration's next run) is one
    /// call to each firm.
    /// </summary>
    public int MaxYearsPerCall { get; init; } = 24;

    /// <summary>Firm calls a shard sends in one wave: at most that many are in flight.</summary>
    public int FirmCallConcurrency { get; init; } = 64;

    /// <summary>Firms per upload call from the engine to the run's coordinator on a cluster (the embedded silo's gets them all in one).</summary>
    public int UploadChunk { get; init; } = 50_000;

    /// <summary>
    /// Times a run is started again from the beginning after it lost a silo (a crash, <c>kill -9</c>, a lost
    /// machine). Every draw is keyed by (seed, firm, year), so a restarted run gives the same numbers.
    /// </summary>
    public int RestartsAfterSiloLoss { get; init; } = 2;

    /// <summary>
    /// Before such a restart, the longest wait for the cluster to declare the lost silo dead (≈ 10 s on Redis), so that
    /// the new attempt is placed on the silos left; it goes on earlier once a silo has left the membership.
    /// </summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest wait for a call to the run's coordinator outside an advance (set-up, results).</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest wait for a finished run's release of its grains (1,000,000 firms took 44 s).</summary>
    public TimeSpan CleanupTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Receives notices for people (a restart after a lost silo); none when null.</summary>
    public Action<string>? Notices { get; init; }
}
