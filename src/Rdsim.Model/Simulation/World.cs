namespace Rdsim.Model.Simulation;

/// <summary>The two worlds every firm lives in: the scenario, and the no-incentive counterfactual on the same shocks.</summary>
public enum World
{
    /// <summary>The scenario's policy.</summary>
    Scenario = 0,
    /// <summary>The same years with every incentive off.</summary>
    Counterfactual = 1,
}
