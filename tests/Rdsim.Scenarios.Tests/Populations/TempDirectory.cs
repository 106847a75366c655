namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rdsim-populations-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM unless <paramref name="bom"/>) to a file and returns its path.</summary>
    public string Write(string name, string text, bool bom = false)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
