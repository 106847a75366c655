using Rdsim.Model.Randomness;

namespace Rdsim.Model.Firms;

/// <summary>
/// Which firms the statistics count in a high-tech industry. Chinese statistics classify by industry code: the national
/// 高技术产业（制造业）分类（2017） and 高技术服务业分类（2018） and the provinces' own 高新技术产业 lists are lists of
/// GB/T 4754 industries, and a classified firm's whole output counts. The model's sectors are coarser than industry codes,
/// so a share <see cref="SectorProfile.HighTechIndustryShare"/> of each sector's firms is classified: those with the highest
/// drawn high-tech product share (a firm in a high-tech industry code mostly sells high-tech products), i.e. the firms
/// above the sector's (1 − share) quantile of the drawn share.
/// </summary>
public static class HighTechIndustry
{
    /// <summary>
    /// Whether a firm of <paramref name="profile"/> whose high-tech product share is <paramref name="highTechShare"/> at the
    /// start is in a high-tech industry: its share is at least the (1 − share) quantile of the sector's drawn shares.
    /// </summary>
    public static bool Classifies(SectorProfile profile, double highTechShare)
    {
        var share = profile.HighTechIndustryShare;
        if (share <= 0) return false;
        if (share >= 1) return true;
        return highTechShare >= profile.HighTechShareAt(Normal.InverseCdf(1 - share));
    }
}
