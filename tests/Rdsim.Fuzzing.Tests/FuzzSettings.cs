using FsCheck;

namespace Rdsim.Fuzzing.Tests;

/// <summary>
/// How many cases each fuzz test tries: a CI-size run by default, a nightly-size run with
/// RDSIM_FUZZ_CASES=10000. Each test also reports how many cases it tried and how they ended.
/// </summary>
internal static class FuzzSettings
{
    public static int Cases => int.TryParse(Environment.GetEnvironmentVariable("RDSIM_FUZZ_CASES"), out var n) && n > 0 ? n : 300;

    /// <summary>
    /// The FsCheck configuration. A failure prints its seed as "(seed,gamma)"; RDSIM_FUZZ_REPLAY="seed,gamma"
    /// replays exactly that run; "seed,gamma,size" (FsCheck's "replay directly at failing step") replays only the failing case.
    /// </summary>
    public static Config Config
    {
        get
        {
            var config = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);
            var replay = Environment.GetEnvironmentVariable("RDSIM_FUZZ_REPLAY")?.Trim('(', ')', ' ').Split(',');
            return replay switch
            {
                [var seed, var gamma] => config.WithReplay(new Replay(new Rnd(ulong.Parse(seed), ulong.Parse(gamma)), null)),
                [var seed, var gamma, var size] => config.WithReplay(new Replay(new Rnd(ulong.Parse(seed), ulong.Parse(gamma)), Microsoft.FSharp.Core.FSharpOption<int>.Some(int.Parse(size)))).WithMaxTest(1),
                _ => config,
            };
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ScenarioText(string file) => File.ReadAllText(Path.Combine(RepositoryRoot, "scenarios", file));

    /// <summary>Values that break parsers: wrong types, extremes, non-finite numbers, broken syntax, odd text.</summary>
    public static readonly string[] Payloads =
    [
        "abc", "-1", "0", "1.5", "-0.0", "1e308", "-1e308", "1e-320", "NaN", ".nan", ".inf", "-.inf", "Infinity",
        "99999999999999999999999", "2147483648", "-2147483649", "[1, 2", "{2008: x}", "{abc: 1}", "{2008: 0.5, 2008: 0.7}",
        "null", "~", "true", "''", "\"unterminated", "[]", "{}", "&anchor", "*alias", "!!binary AAAA", "|", ">",
        "宁波", "\u0000", "\t", new string('9', 400), new string('x', 5000), "0x1F", "1_000", "+.5", "5%",
    ];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found.");
    }
}
