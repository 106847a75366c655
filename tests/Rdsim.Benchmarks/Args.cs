using System.Globalization;

namespace Rdsim.Benchmarks;

/// <summary>The benchmark's command line.</summary>
internal sealed record Args(int Firms, int Years, int Warmup, int Replications, bool Feedback, int Shards, int YearsPerCall, int Concurrency,
    bool Reference, bool Orleans, int SweepPoints, bool Help)
{
    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        rdsim benchmark: both engines on one synthetic China-like input, in one invocation, so that ratios are measured under the same load.

        Usage: dotnet tests/Rdsim.Benchmarks/bin/Release/net10.0/Rdsim.Benchmarks.dll [options]
          --firms N            firms (1000000)
          --years N            reported years (10)
          --warmup N           warm-up years before them (3)
          --replications N     replicates (1)
          --feedback           R&D input market and spillovers on: the Orleans engine steps one year per call
          --sweep N            N runs on the same population, the extra deduction rate varied from 50% to 100%
                               (what a sweep or a calibration does); prints each engine's total and their ratio
          --shards N           Orleans shards (16)
          --years-per-call N   years a grain steps per call without feedback (the engine's default)
          --concurrency N      firm calls in flight per shard (64)
          --no-reference       the Orleans engine alone
          --no-orleans         the reference loop alone
          --help               this text

        Prints the CPU model, cores and load average; per engine: wall and CPU time, first-year and steady-year throughput
        (firm-years per second) and CPU time a steady year, bytes allocated, GC pauses, peak resident memory and bytes per
        firm above the input; then the Orleans ÷ reference ratios (wall, and CPU time, which holds under load), whether
        the results are bit-identical, and the load average at the end.
        """;

    public static Args Parse(string[] args)
    {
        var a = new Args(1_000_000, 10, 3, 1, false, 16, new Rdsim.Orleans.Engine.OrleansEngineOptions().MaxYearsPerCall, 64, true, true, 0, false);
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            a = args[i] switch
            {
                "--firms" => a with { Firms = Next() },
                "--years" => a with { Years = Next() },
                "--warmup" => a with { Warmup = Next() },
                "--replications" => a with { Replications = Next() },
                "--feedback" => a with { Feedback = true },
                "--sweep" => a with { SweepPoints = Next() },
                "--shards" => a with { Shards = Next() },
                "--years-per-call" => a with { YearsPerCall = Next() },
                "--concurrency" => a with { Concurrency = Next() },
                "--no-reference" => a with { Reference = false },
                "--no-orleans" => a with { Orleans = false },
                "--help" or "-h" => a with { Help = true },
                _ => throw new ArgumentException($"Unknown option {args[i]} (see --help)."),
            };
        }
        return a;
    }
}
