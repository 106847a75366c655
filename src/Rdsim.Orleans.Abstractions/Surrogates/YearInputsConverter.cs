using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts one world's inputs for one year to and from its wire form.</summary>
[RegisterConverter]
public sealed class YearInputsConverter : IConverter<YearInputs, YearInputsSurrogate>
{
    /// <inheritdoc />
    public YearInputs ConvertFromSurrogate(in YearInputsSurrogate s) => new(s.Year, s.Policy, s.Seed, s.RdInputPrice, s.SectorSpillover);

    /// <inheritdoc />
    public YearInputsSurrogate ConvertToSurrogate(in YearInputs v) => new(v.Year, v.Policy, v.Seed, v.RdInputPrice, v.SectorSpillover.ToArray());
}
