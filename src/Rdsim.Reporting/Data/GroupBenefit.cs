using Rdsim.Engine.Results;

namespace Rdsim.Reporting.Data;

/// <summary>
/// What one group of firms (a sector, a size class, a tax status or a region) received and gave back over a run's reported years:
/// sums over the years, means over replicates, money in mn CNY (<see cref="WhoBenefits"/>).
/// </summary>
/// <param name="Kind"><c>groups.csv</c>'s <c>group_kind</c>.</param>
/// <param name="Group"><c>groups.csv</c>'s <c>group</c>.</param>
/// <param name="Firms">Firms in the group in the last reported year, with the incentives.</param>
/// <param name="Relief">Relief from every instrument.</param>
/// <param name="InducedRealRd">Induced real R&amp;D: the group's firms with the incentives minus the same group without them.</param>
/// <param name="RevenueForgone">Revenue forgone from the group's firms.</param>
/// <param name="ReliefShare">The group's share of every firm's relief.</param>
/// <param name="InducedShare">The group's share of every firm's induced real R&amp;D (negative or above 1 when groups respond in opposite directions).</param>
public sealed record GroupBenefit(string Kind, string Group, double Firms, double Relief, double InducedRealRd, double RevenueForgone,
    double ReliefShare, double InducedShare)
{
    /// <summary>Induced real R&amp;D per yuan of revenue forgone (NaN unless revenue was forgone on the group: <see cref="Additionality.PerYuanForgone"/>).</summary>
    public double BangForBuck => Additionality.PerYuanForgone(InducedRealRd, RevenueForgone);
}
