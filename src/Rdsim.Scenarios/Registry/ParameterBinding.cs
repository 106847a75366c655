namespace Rdsim.Scenarios.Registry;

/// <summary>How a parameter's value is written into one of the model's records.</summary>
internal abstract record ParameterBinding;
