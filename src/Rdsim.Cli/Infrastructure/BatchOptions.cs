using System.ComponentModel;
using Rdsim.Cli.Options;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Infrastructure;

/// <summary>What every simulating verb (run, compare, sweep) shares: replicates, charts, language, where to run.</summary>
public class BatchOptions : OverrideOptions
{
    /// <summary>Replications override.</summary>
    [CommandOption("--replications <N>")]
    [Description("Replicates: shock paths over the same firms (same as --set simulation.replications=N)")]
    [TypeConverter(typeof(ReplicationsOption))]
    public int? Replications { get; init; }

    /// <summary>Whether to skip charts.</summary>
    [CommandOption("--no-charts")]
    [Description("Write no charts")]
    public bool NoCharts { get; init; }

    /// <summary>Language of charts and the brief.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("Language of chart titles, labels and the brief: en (default) or zh")]
    public string Lang { get; init; } = "en";

    /// <summary>Whether CSV files start with a UTF-8 byte-order mark.</summary>
    [CommandOption("--csv-bom")]
    [Description("Start every CSV file with a UTF-8 byte-order mark, so that Excel shows Chinese names right (default: none, as most tools expect)")]
    public bool CsvBom { get; init; }

    /// <summary>Whether to write into a folder rdsim cannot prove is its own, and to run although the memory estimate says it will not fit.</summary>
    [CommandOption("--force")]
    [Description(OutputPaths.ForceHelp)]
    public bool Force { get; init; }

    /// <summary>The cluster to run on, if any.</summary>
    [CommandOption("--cluster <REDIS>")]
    [Description(EngineChoice.ClusterHelp)]
    public string? Cluster { get; init; }
}
