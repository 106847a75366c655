namespace Rdsim.Orleans.Tests.Support;

/// <summary>A clock that moves only when told, to age what is kept for a keep-alive.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}
