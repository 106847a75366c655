using System.Reflection;

namespace Rdsim.Reporting.Files;

/// <summary>The tool's version, as built.</summary>
public static class ToolVersion
{
    /// <summary>The informational version (without build metadata).</summary>
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
