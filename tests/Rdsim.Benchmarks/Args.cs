using System.Globalization;

namespace Rdsim.Benchmarks;

/// <summary>The benchmark's command line.</summary>
internal sealed record Args(int Firms, int Years, int Warmup, int Replications, bool Feedback, int Shards, int YearsPerCall, int Concurrency, bool Reference, bool Orleans)
{
    public static Args Parse(string[] args)
    {
        var a = new Args(1_000_000, 10, 3, 1, false, 16, 12, 64, true, true);
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
                "--shards" => a with { Shards = Next() },
                "--years-per-call" => a with { YearsPerCall = Next() },
                "--concurrency" => a with { Concurrency = Next() },
                "--no-reference" => a with { Reference = false },
                "--no-orleans" => a with { Orleans = false },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return a;
    }
}
