namespace Rdsim.Scenarios.IO;

/// <summary>A file turned out larger than its <see cref="InputLimit"/> while it was read (it grew, or reported no size).</summary>
internal sealed class InputTooLargeException(string message) : IOException(message);
