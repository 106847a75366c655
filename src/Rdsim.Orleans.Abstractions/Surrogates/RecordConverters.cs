using Rdsim.Engine.Results;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts one year's policy by its properties.</summary>
[RegisterConverter]
public sealed class YearPolicyConverter : RecordConverter<YearPolicy>;

/// <summary>Converts an HNTE intensity rule by its properties.</summary>
[RegisterConverter]
public sealed class IntensityBandsConverter : RecordConverter<IntensityBands>;

/// <summary>Converts the behavioural parameters by their properties.</summary>
[RegisterConverter]
public sealed class BehaviourParametersConverter : RecordConverter<BehaviourParameters>;

/// <summary>Converts a sector profile by its properties.</summary>
[RegisterConverter]
public sealed class SectorProfileConverter : RecordConverter<SectorProfile>;

/// <summary>Converts the trait copula's correlations by their properties.</summary>
[RegisterConverter]
public sealed class TraitCorrelationsConverter : RecordConverter<TraitCorrelations>;

/// <summary>Converts the model parameters by their properties.</summary>
[RegisterConverter]
public sealed class ModelParametersConverter : RecordConverter<ModelParameters>;

/// <summary>Converts a run's years, seed and replications by their properties.</summary>
[RegisterConverter]
public sealed class RunSettingsConverter : RecordConverter<RunSettings>;

/// <summary>Converts one world's inputs for one year by their properties.</summary>
[RegisterConverter]
public sealed class YearInputsConverter : RecordConverter<YearInputs>;

/// <summary>Converts one reported year of one replicate by its properties.</summary>
[RegisterConverter]
public sealed class YearResultConverter : RecordConverter<YearResult>;

/// <summary>Converts one replicate's reported years by their properties.</summary>
[RegisterConverter]
public sealed class ReplicateResultConverter : RecordConverter<ReplicateResult>;
