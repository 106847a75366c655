namespace Rdsim.Tests.Shared;

/// <summary>A fresh folder under the system's temporary folder, removed with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>A new, empty folder whose name starts with <paramref name="prefix"/>.</summary>
    public TempFolder(string prefix = "rdsim-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> inside the folder.</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
