using FsCheck;
using FsCheck.Fluent;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// Deep nesting: lists and mappings nested up to 200,000 deep in a scenario file, a <c>--set</c> or <c>--vary</c> value
/// or a sweep file's <c>set:</c>, and <c>extends</c> chains up to 30,000 files long (each once aborted the process
/// with a stack overflow).
/// </summary>
internal static class DeepInputs
{
    /// <summary>A command-line argument may hold 128 KiB on Linux: deeper values go in files only.</summary>
    private const int MaxArgument = 100_000;

    public static Gen<HostileCase> Cases { get; } = Gen.OneOf(Nesting(), Chains());

    private static Gen<HostileCase> Nesting() =>
        from depth in Gen.Elements(65, 300, 5_000, 45_000, 200_000)
        from shape in Gen.Elements("list", "mapping", "mixed")
        from place in Gen.Elements("scenario file", "--set", "--vary", "sweep file")
        select Case(depth, shape, place);

    private static HostileCase Case(int depth, string shape, string place)
    {
        var value = Nested(depth, shape);
        if (place is "--set" or "--vary" && value.Length > MaxArgument) place = "scenario file";
        return new HostileCase($"a {shape} nested {depth:N0} deep in {place}", folder => place switch
        {
            "--set" => ["validate", HostileCase.China, "--set", $"hnte.rate={value}"],
            "--vary" => ["sweep", HostileCase.China, "--vary", $"hnte.rate={value}", "--no-charts", "--out", "sweep"],
            "sweep file" => ["sweep", HostileCase.Write(folder, "sweep.yaml",
                $"base: {HostileCase.China}\nvary:\n  hnte.rate: [0.1, 0.2]\nset:\n  hnte.enabled: {value}\n"), "--no-charts", "--out", "sweep"],
            _ => ["validate", HostileCase.Write(folder, "deep.yaml", $"name: deep\nhnte:\n  rate: {value}\n")],
        });
    }

    private static string Nested(int depth, string shape) => shape switch
    {
        "list" => new string('[', depth) + "1" + new string(']', depth),
        "mapping" => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
        _ => string.Concat(Enumerable.Repeat("[{a: ", depth / 2)) + "1" + string.Concat(Enumerable.Repeat("}]", depth / 2)),
    };

    private static Gen<HostileCase> Chains() =>
        Gen.Elements(33, 500, 30_000).Select(length => new HostileCase($"an extends chain of {length:N0} files", _ =>
            ["validate", Path.Combine(Chain(length), "c0.yaml")]));

    private static readonly Dictionary<int, string> Built = [];

    /// <summary>
    /// A folder with the chain c0.yaml → c1.yaml → … of <paramref name="length"/> files, made once per test run and shared
    /// (30,000 files take 2–20 s to write); the folders are removed when the test process ends.
    /// </summary>
    private static string Chain(int length)
    {
        lock (Built)
        {
            if (Built.TryGetValue(length, out var made)) return made;
            var folder = Directory.CreateTempSubdirectory("rdsim-chain-").FullName;
            for (var i = 0; i < length - 1; i++) File.WriteAllText(Path.Combine(folder, $"c{i}.yaml"), $"extends: c{i + 1}.yaml\n");
            File.WriteAllText(Path.Combine(folder, $"c{length - 1}.yaml"), "hnte:\n  rate: 0.1\n");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
            return Built[length] = folder;
        }
    }
}
