using System.Diagnostics;
using Rdsim.Benchmarks;
using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Orleans.Engine;

var options = Args.Parse(args);
if (options.Help)
{
    Console.WriteLine(Args.Usage);
    return;
}
var input = SyntheticInput.Create(options.Firms, 2015, 2015 + options.Years - 1, options.Warmup, options.Replications, options.Feedback, 20240101);
Console.WriteLine($"rdsim benchmark: {options.Firms:N0} firms × {input.Run.SimulatedYears} simulated years ({options.Warmup} warm-up) × {options.Replications} replicate(s) × 2 worlds; " +
                  $"feedback {(options.Feedback ? "on" : "off")}; {(options.SweepPoints > 0 ? $"sweep of {options.SweepPoints} points; " : "")}" +
                  $"server GC {System.Runtime.GCSettings.IsServerGC}");
Console.WriteLine($"  {Machine.Cpu()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Machine.Load()}");
var baseline = Memory.PeakGb();
Console.WriteLine($"  after building the input: peak RSS {baseline:F2} GB");
var inputs = options.SweepPoints > 0 ? SyntheticInput.Sweep(input, options.SweepPoints) : [input];

Measured? reference = null;
if (options.Reference)
{
    reference = await Measure(new ReferenceEngine(), inputs, baseline);
    GC.Collect();
}

if (options.Orleans)
{
    var orleansOptions = new OrleansEngineOptions { Shards = options.Shards, MaxYearsPerCall = options.YearsPerCall, FirmCallConcurrency = options.Concurrency };
    await using var engine = new OrleansEngine(orleansOptions);
    var orleans = await Measure(engine, inputs, baseline);
    if (reference is not null)
    {
        var ratio = Throughput.Steady(orleans.Results[^1], input) / Throughput.Steady(reference.Results[^1], input);
        Console.WriteLine($"steady-year throughput, orleans / reference: {ratio:P1} (target ≥ {(options.Feedback ? "30" : "80")}%)" +
                          (orleans.SteadyCpuPerYear is { } o && reference.SteadyCpuPerYear is { } r ? $"; by CPU time {r / o:P1}" : ""));
        if (inputs.Count > 1)
        {
            Console.WriteLine($"sweep wall time, orleans / reference: {orleans.Seconds / reference.Seconds:F2}× (target ≤ 1.5×); " +
                              $"CPU time {orleans.CpuSeconds / reference.CpuSeconds:F2}×");
        }
        Console.WriteLine($"results bit-identical: {reference.Results.Zip(orleans.Results).All(p => Compare.BitIdentical(p.First, p.Second))}" +
                          (inputs.Count > 1 ? $" (all {inputs.Count} runs)" : ""));
    }
}
Console.WriteLine($"peak resident memory (VmHWM) of the whole process: {Memory.PeakGb():F2} GB, " +
                  $"{Memory.BytesPerFirm(baseline, options.Firms):N0} bytes per firm above the input; {Machine.Load()}");

static async Task<Measured> Measure(ISimulationEngine engine, IReadOnlyList<SimulationInput> inputs, double baseline)
{
    var clock = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var (allocated, paused) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
    var results = new List<SimulationResult>(inputs.Count);
    var runs = new List<string>(inputs.Count);
    var steadyCpu = new SteadyCpu();
    foreach (var input in inputs)
    {
        var (start, cpuStart, pauseStart) = (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration());
        steadyCpu = new SteadyCpu();
        results.Add(await engine.RunAsync(input, steadyCpu, CancellationToken.None));
        runs.Add($"{(clock.Elapsed - start).TotalSeconds:F2} s (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds:F2}, " +
                 $"GC {(GC.GetTotalPauseDuration() - pauseStart).TotalSeconds:F2})");
    }
    clock.Stop();
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    var (allocatedGb, pausedSeconds) = ((GC.GetTotalAllocatedBytes() - allocated) / 1e9, (GC.GetTotalPauseDuration() - paused).TotalSeconds);
    var (last, result) = (inputs[^1], results[^1]);
    var steadyCpuPerYear = Throughput.First(result, last) is null ? (double?)null : steadyCpu.Seconds / Throughput.SteadyYears(result, last);
    Console.WriteLine($"{engine.Name,-9}: wall {clock.Elapsed.TotalSeconds:F1} s{(inputs.Count > 1 ? $" for {inputs.Count} runs" : "")} (CPU {cpuSeconds:F1} s); " +
                      (Throughput.First(result, last) is { } first
                          ? $"first year {first / 1e6:F2} M firm-years/s ({result.Timings["firstYear"].TotalSeconds:F2} s); "
                          : "first year stepped with the others; ") +
                      $"steady years {Throughput.Steady(result, last) / 1e6:F2} M firm-years/s ({Throughput.SteadySeconds(result) / Throughput.SteadyYears(result, last):F2} s a year" +
                      (steadyCpuPerYear is { } perYear ? $", CPU {perYear:F2} s a year); " : "); ") +
                      $"peak RSS so far {Memory.PeakGb():F2} GB ({Memory.BytesPerFirm(baseline, last.Firms.Count):N0} bytes per firm above the input)");
    Console.WriteLine($"           allocated {allocatedGb:F2} GB, GC pauses {pausedSeconds:F2} s" +
                      (inputs.Count > 1 ? $"; each run: {string.Join(", ", runs)}" : ""));
    Console.WriteLine($"           timings of the last run: {string.Join(", ", result.Timings.Select(t => $"{t.Key} {t.Value.TotalSeconds:F2} s"))}");
    return new Measured(results, clock.Elapsed.TotalSeconds, cpuSeconds, steadyCpuPerYear);
}

/// <summary>
/// Every run's result, the wall time of them all, the process's CPU time over them and over each steady year of the last run
/// (null when its first year was not stepped apart): CPU time is the figure that holds under load.
/// </summary>
internal sealed record Measured(IReadOnlyList<SimulationResult> Results, double Seconds, double CpuSeconds, double? SteadyCpuPerYear);
