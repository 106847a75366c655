using Microsoft.Extensions.Hosting;

namespace Rdsim.Orleans.Hosting;

/// <summary>A host lifetime that leaves Ctrl+C and SIGTERM to the application hosting the silo.</summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
