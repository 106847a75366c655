using Rdsim.Model.Behaviour;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts the behavioural parameters to and from its wire form.</summary>
[RegisterConverter]
public sealed class BehaviourParametersConverter : IConverter<BehaviourParameters, BehaviourParametersSurrogate>
{
    /// <inheritdoc />
    public BehaviourParameters ConvertFromSurrogate(in BehaviourParametersSurrogate s) => new()
    {
        UserCostElasticity = s.UserCostElasticity,
        AdjustmentSpeed = s.AdjustmentSpeed,
        RdDepreciation = s.RdDepreciation,
        DiscountRate = s.DiscountRate,
        KnowledgeElasticity = s.KnowledgeElasticity,
        KnowledgeFloor = s.KnowledgeFloor,
        RdShockSd = s.RdShockSd,
        MarginShockSd = s.MarginShockSd,
        RelabelMarginalCost0 = s.RelabelMarginalCost0,
        RelabelSlope = s.RelabelSlope,
        RelabelMaxShareOfRevenue = s.RelabelMaxShareOfRevenue,
        PatentElasticity = s.PatentElasticity,
        CoreIpPerInventionPatent = s.CoreIpPerInventionPatent,
        HighTechKnowledgeElasticity = s.HighTechKnowledgeElasticity,
        HighTechShareShockSd = s.HighTechShareShockSd,
        IntensityDrift = s.IntensityDrift,
        IntensityShockSd = s.IntensityShockSd,
        RdSupplyElasticity = s.RdSupplyElasticity,
        Spillover = s.Spillover,
    };

    /// <inheritdoc />
    public BehaviourParametersSurrogate ConvertToSurrogate(in BehaviourParameters v) => new(v.UserCostElasticity, v.AdjustmentSpeed, v.RdDepreciation, v.DiscountRate, v.KnowledgeElasticity, v.KnowledgeFloor, v.RdShockSd, v.MarginShockSd, v.RelabelMarginalCost0, v.RelabelSlope, v.RelabelMaxShareOfRevenue, v.PatentElasticity, v.RdSupplyElasticity, v.Spillover, v.CoreIpPerInventionPatent, v.HighTechKnowledgeElasticity, v.HighTechShareShockSd, v.IntensityDrift, v.IntensityShockSd);
}
