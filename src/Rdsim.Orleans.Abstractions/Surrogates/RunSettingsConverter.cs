using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts a run's years, seed and replications to and from its wire form.</summary>
[RegisterConverter]
public sealed class RunSettingsConverter : IConverter<RunSettings, RunSettingsSurrogate>
{
    /// <inheritdoc />
    public RunSettings ConvertFromSurrogate(in RunSettingsSurrogate s) => new(s.FirstYear, s.LastYear, s.WarmupYears, s.Seed, s.Replications);

    /// <inheritdoc />
    public RunSettingsSurrogate ConvertToSurrogate(in RunSettings v) => new(v.FirstYear, v.LastYear, v.WarmupYears, v.Seed, v.Replications);
}
