using Rdsim.Cli.Commands;
using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Randomness;
using Rdsim.Reporting.Files;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Builds the manifest of a finished run (for <c>run</c> and each scenario of <c>compare</c>).</summary>
public static class RunManifests
{
    /// <summary>The manifest of <paramref name="result"/>, whose reproducing command is <c>rdsim run</c> with <paramref name="settings"/>.</summary>
    public static RunManifest For(LoadedScenario loaded, SimulationResult result, ISimulationEngine engine, int firms, DateTimeOffset started,
        RunCommand.Settings settings, string folder)
    {
        var scenario = loaded.Scenario;
        return new(
            Tool: "rdsim",
            Version: ToolVersion.Current,
            Engine: engine.Name,
            Cluster: engine.Placement,
            Scenario: new ManifestScenario(scenario.Name, scenario.Description, scenario.SourcePath, scenario.ContentHash,
                scenario.Resolved.Select(p => new ManifestParameter(p.Name, p.Value, p.Origin)).ToList(), scenario.Universe, scenario.Fit),
            Seed: scenario.Run.Seed,
            ReplicateSeeds: Enumerable.Range(0, scenario.Run.Replications).Select(r => KeyedRandom.ReplicateSeed(scenario.Run.Seed, r)).ToList(),
            Firms: firms,
            Population: scenario.Population.FromCsv ?? "synthetic",
            FirstYear: scenario.Run.FirstYear,
            LastYear: scenario.Run.LastYear,
            WarmupYears: scenario.Run.WarmupYears,
            StartedAt: started,
            FinishedAt: DateTimeOffset.UtcNow,
            TimingsSeconds: result.Timings.ToDictionary(t => t.Key, t => Math.Round(t.Value.TotalSeconds, 3)),
            Command: ReproduceCommand.For(settings, scenario, engine.Name, folder),
            ResultFingerprint: ResultFingerprint.Of(result),
            Files: [],
            Warnings: loaded.Warnings.Select(w => w.ToString()).ToList(),
            Represents: result.Replicates[0].Years[0].Scenario.Total[Rdsim.Model.Aggregation.CountMetric.Firms]);
    }
}
