namespace Rdsim.Scenarios.IO;

/// <summary>
/// Which command's results an output folder holds. A command may replace only results of its own kind: the ledger proves a
/// comparison's charts and brief are rdsim's, so without this a run given the comparison's folder deleted the charts and
/// overwrote the brief. The kind is recorded in <c>.rdsim/kind</c> when a command opens a folder (so it holds for a command
/// stopped before its manifest); a folder written before that record was kept is known by the files its command writes.
/// </summary>
public sealed class FolderKind
{
    /// <summary>The record's file name inside the state folder.</summary>
    public const string File = "kind";

    /// <summary><c>rdsim run</c>'s folder.</summary>
    public static readonly FolderKind Run = new("run", new("a run", "一次运行的结果"), ["manifest.json"]);

    /// <summary><c>rdsim compare</c>'s folder (<c>differences.csv</c>: a comparison from before <c>compare.json</c>).</summary>
    public static readonly FolderKind Compare = new("compare", new("a comparison", "一次比较的结果"), ["compare.json", "differences.csv"]);

    /// <summary><c>rdsim sweep</c>'s folder.</summary>
    public static readonly FolderKind Sweep = new("sweep", new("a parameter sweep", "一次参数扫描的结果"), ["sweep.json"]);

    /// <summary><c>rdsim sensitivity</c>'s folder.</summary>
    public static readonly FolderKind Sensitivity = new("sensitivity", new("a sensitivity analysis", "一次敏感性分析的结果"), ["sensitivity.json"]);

    /// <summary><c>rdsim calibrate</c>'s folder (<c>fit.csv</c>: a calibration from before <c>calibration.json</c>).</summary>
    public static readonly FolderKind Calibration = new("calibrate", new("a calibration", "一次校准的结果"), ["calibration.json", "fit.csv"]);

    private static readonly FolderKind[] All = [Run, Compare, Sweep, Sensitivity, Calibration];

    private FolderKind(string verb, Bilingual what, IReadOnlyList<string> markers)
    {
        Verb = verb;
        What = what;
        Markers = markers;
    }

    /// <summary>The verb that writes this kind of folder, e.g. <c>compare</c>.</summary>
    public string Verb { get; }

    /// <summary>What the folder holds, for messages: "a comparison".</summary>
    public Bilingual What { get; }

    /// <summary>Files (relative) only this kind's command writes in its folder's top level.</summary>
    public IReadOnlyList<string> Markers { get; }

    /// <summary>"a comparison (rdsim compare)".</summary>
    public Bilingual Described => new($"{What.En} (rdsim {Verb})", $"{What.Zh}（rdsim {Verb}）");

    /// <summary>
    /// The kind of results <paramref name="folder"/> holds: the recorded kind while anything besides <c>.rdsim/</c> is there,
    /// otherwise the kind whose files are there; null for a folder holding no command's results.
    /// </summary>
    public static FolderKind? Held(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        var recorded = Path.Combine(folder, OutputFolder.StateFolder, File);
        if (System.IO.File.Exists(recorded) && All.FirstOrDefault(k => k.Verb == System.IO.File.ReadAllText(recorded).Trim()) is { } kind
            && Directory.EnumerateFileSystemEntries(folder).Any(e => Path.GetFileName(e) != OutputFolder.StateFolder))
        {
            return kind;
        }
        return All.FirstOrDefault(k => k.Markers.Any(m => System.IO.File.Exists(Path.Combine(folder, m))));
    }

    /// <summary>Records this kind in the state folder <paramref name="state"/> (replacing the record of results that are gone).</summary>
    internal void Record(string state)
    {
        var path = Path.Combine(state, File);
        if (System.IO.File.Exists(path) && System.IO.File.ReadAllText(path).Trim() == Verb) return;
        var temporary = path + ".tmp";
        System.IO.File.WriteAllText(temporary, Verb + "\n");
        System.IO.File.Move(temporary, path, overwrite: true);
    }
}
