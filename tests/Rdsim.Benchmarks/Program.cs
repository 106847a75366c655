using System.Diagnostics;
using Rdsim.Benchmarks;
using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Orleans.Engine;

// Usage: dotnet run -c Release --project tests/Rdsim.Benchmarks -- [firms] [options]
//   --firms N (1000000)  --years N reported (10)  --warmup N (3)  --replications N (1)
//   --feedback (R&D input market and spillovers on: one year per call)
//   --shards N (16)  --years-per-call N (12)  --concurrency N (64)  --no-reference  --no-orleans (the reference loop alone)
var options = Args.Parse(args);
var input = SyntheticInput.Create(options.Firms, 2015, 2015 + options.Years - 1, options.Warmup, options.Replications, options.Feedback, 20240101);
Console.WriteLine($"rdsim benchmark: {options.Firms:N0} firms × {input.Run.SimulatedYears} simulated years ({options.Warmup} warm-up) × {options.Replications} replicate(s) × 2 worlds; " +
                  $"feedback {(options.Feedback ? "on" : "off")}; {Environment.ProcessorCount} cores; server GC {System.Runtime.GCSettings.IsServerGC}");
Console.WriteLine($"  after building the input: peak RSS {Memory.PeakGb():F2} GB");

SimulationResult? reference = null;
if (options.Reference)
{
    reference = await Measure(new ReferenceEngine(), input);
    GC.Collect();
}

if (!options.Orleans)
{
    Console.WriteLine($"peak resident memory (VmHWM) of the whole process: {Memory.PeakGb():F2} GB");
    return;
}

var orleansOptions = new OrleansEngineOptions { Shards = options.Shards, MaxYearsPerCall = options.YearsPerCall, FirmCallConcurrency = options.Concurrency };
await using (var engine = new OrleansEngine(orleansOptions))
{
    var orleans = await Measure(engine, input);
    if (reference is not null)
    {
        var ratio = Throughput.Steady(orleans, input) / Throughput.Steady(reference, input);
        Console.WriteLine($"steady-year throughput, orleans / reference: {ratio:P1} (target ≥ 20%)");
        Console.WriteLine($"results bit-identical: {Compare.BitIdentical(reference, orleans)}");
    }
}
Console.WriteLine($"peak resident memory (VmHWM) of the whole process: {Memory.PeakGb():F2} GB (target ≤ 8 GB)");

static async Task<SimulationResult> Measure(ISimulationEngine engine, SimulationInput input)
{
    var clock = Stopwatch.StartNew();
    var result = await engine.RunAsync(input, null, CancellationToken.None);
    clock.Stop();
    Console.WriteLine($"{engine.Name,-9}: wall {clock.Elapsed.TotalSeconds:F1} s; first year {Throughput.First(result, input) / 1e6:F2} M firm-years/s " +
                      $"({result.Timings["firstYear"].TotalSeconds:F2} s); steady years {Throughput.Steady(result, input) / 1e6:F2} M firm-years/s " +
                      $"({Throughput.SteadySeconds(result) / (input.Run.SimulatedYears - 1):F2} s a year); peak RSS so far {Memory.PeakGb():F2} GB");
    Console.WriteLine($"           timings: {string.Join(", ", result.Timings.Select(t => $"{t.Key} {t.Value.TotalSeconds:F2} s"))}");
    return result;
}
