using Rdsim.Engine;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>A progress sink that runs its handler synchronously, between the engine's years.</summary>
internal sealed class SyncProgress(Action<RunProgress> handler) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => handler(value);
}
