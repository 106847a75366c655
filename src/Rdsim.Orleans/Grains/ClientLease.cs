namespace Rdsim.Orleans.Grains;

/// <summary>
/// How long a run's coordinator waits to hear from its client before it takes the client for gone (killed, or cut
/// off) and releases the run. A client that waits for a step asks the coordinator how it stands every 2 s
/// (<see cref="Engine.CoordinatorWatch.Period"/>) and otherwise calls it back to back, so 30 s of silence is no pause.
/// Without it a killed client left its run on the silos: 2 GB and three cores busy stepping for nobody.
/// </summary>
internal sealed class ClientLease
{
    /// <summary>The silence after which the client counts as gone.</summary>
    public static TimeSpan Length { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the coordinator looks: a run is released at most this long after <see cref="Length"/>.</summary>
    public static TimeSpan CheckEvery { get; } = TimeSpan.FromSeconds(5);

    private DateTime _heard = DateTime.UtcNow;

    /// <summary>Records a call from the client.</summary>
    public void Heard() => _heard = DateTime.UtcNow;

    /// <summary>Whether the client has been silent for longer than <see cref="Length"/>.</summary>
    public bool Expired => DateTime.UtcNow - _heard > Length;
}
