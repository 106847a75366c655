using Rdsim.Model.Behaviour;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>market.*</c> parameters: feedback between firms through prices and knowledge (constant over a run).</summary>
internal static class MarketEntries
{
    /// <summary>The <c>market.*</c> entries.</summary>
    public static IEnumerable<ParameterDefinition> All()
    {
        var b = new BehaviourParameters();
        return
        [
            Define.Number("market.rdSupplyElasticity", b, x => x.RdSupplyElasticity, (x, v) => x with { RdSupplyElasticity = v }) with
            {
                DescriptionZh = "研发投入要素的供给弹性：研发投入价格随研发需求总量上升；0 表示关闭（价格恒为1）。",
                Unit = "elasticity (0 = off)", Valid = ValueRange.Closed(0, 100), Advisory = ValueRange.Closed(0, 5),
                Description = "Supply elasticity of R&D inputs: the R&D input price rises with aggregate R&D demand; 0 = off (price 1).",
                Reference = "Goolsbee (1998), AER P&P: R&D subsidies raise scientists' and engineers' wages.",
            },
            Define.Number("market.spillover", b, x => x.Spillover, (x, v) => x with { Spillover = v }) with
            {
                DescriptionZh = "企业收入对所在行业上一年知识存量的弹性（知识溢出）。",
                Unit = "elasticity", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0, 0.2),
                Description = "Elasticity of firm revenue to its sector's knowledge stock of the previous year.",
                Reference = "Bloom, Schankerman & Van Reenen (2013), Econometrica: technology spillovers.",
            },
        ];
    }
}
