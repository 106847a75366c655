using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts the model parameters to and from its wire form.</summary>
[RegisterConverter]
public sealed class ModelParametersConverter : IConverter<ModelParameters, ModelParametersSurrogate>
{
    /// <inheritdoc />
    public ModelParameters ConvertFromSurrogate(in ModelParametersSurrogate s) => new(s.Behaviour, s.SectorProfiles, s.Correlations);

    /// <inheritdoc />
    public ModelParametersSurrogate ConvertToSurrogate(in ModelParameters v) => new(v.Behaviour, v.SectorProfiles.ToArray(), v.Correlations);
}
