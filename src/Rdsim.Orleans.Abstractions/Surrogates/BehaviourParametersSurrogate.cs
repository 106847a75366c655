using Rdsim.Model.Behaviour;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of the behavioural parameters (<see cref="BehaviourParameters"/>): every member, bit for bit.</summary>
/// <param name="UserCostElasticity">See <see cref="BehaviourParameters.UserCostElasticity"/>.</param>
/// <param name="AdjustmentSpeed">See <see cref="BehaviourParameters.AdjustmentSpeed"/>.</param>
/// <param name="RdDepreciation">See <see cref="BehaviourParameters.RdDepreciation"/>.</param>
/// <param name="DiscountRate">See <see cref="BehaviourParameters.DiscountRate"/>.</param>
/// <param name="KnowledgeElasticity">See <see cref="BehaviourParameters.KnowledgeElasticity"/>.</param>
/// <param name="KnowledgeFloor">See <see cref="BehaviourParameters.KnowledgeFloor"/>.</param>
/// <param name="RdShockSd">See <see cref="BehaviourParameters.RdShockSd"/>.</param>
/// <param name="MarginShockSd">See <see cref="BehaviourParameters.MarginShockSd"/>.</param>
/// <param name="RelabelMarginalCost0">See <see cref="BehaviourParameters.RelabelMarginalCost0"/>.</param>
/// <param name="RelabelSlope">See <see cref="BehaviourParameters.RelabelSlope"/>.</param>
/// <param name="RelabelMaxShareOfRevenue">See <see cref="BehaviourParameters.RelabelMaxShareOfRevenue"/>.</param>
/// <param name="PatentElasticity">See <see cref="BehaviourParameters.PatentElasticity"/>.</param>
/// <param name="RdSupplyElasticity">See <see cref="BehaviourParameters.RdSupplyElasticity"/>.</param>
/// <param name="Spillover">See <see cref="BehaviourParameters.Spillover"/>.</param>
/// <param name="CoreIpPerInventionPatent">See <see cref="BehaviourParameters.CoreIpPerInventionPatent"/>.</param>
/// <param name="HighTechKnowledgeElasticity">See <see cref="BehaviourParameters.HighTechKnowledgeElasticity"/>.</param>
/// <param name="HighTechShareShockSd">See <see cref="BehaviourParameters.HighTechShareShockSd"/>.</param>
/// <param name="IntensityDrift">See <see cref="BehaviourParameters.IntensityDrift"/>.</param>
/// <param name="IntensityShockSd">See <see cref="BehaviourParameters.IntensityShockSd"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.BehaviourParameters")]
public readonly record struct BehaviourParametersSurrogate(
    [property: Id(0)] double UserCostElasticity,
    [property: Id(1)] double AdjustmentSpeed,
    [property: Id(2)] double RdDepreciation,
    [property: Id(3)] double DiscountRate,
    [property: Id(4)] double KnowledgeElasticity,
    [property: Id(5)] double KnowledgeFloor,
    [property: Id(6)] double RdShockSd,
    [property: Id(7)] double MarginShockSd,
    [property: Id(8)] double RelabelMarginalCost0,
    [property: Id(9)] double RelabelSlope,
    [property: Id(10)] double RelabelMaxShareOfRevenue,
    [property: Id(11)] double PatentElasticity,
    [property: Id(13)] double RdSupplyElasticity,
    [property: Id(14)] double Spillover,
    [property: Id(15)] double CoreIpPerInventionPatent,
    [property: Id(16)] double HighTechKnowledgeElasticity,
    [property: Id(17)] double HighTechShareShockSd,
    [property: Id(18)] double IntensityDrift,
    [property: Id(19)] double IntensityShockSd);
