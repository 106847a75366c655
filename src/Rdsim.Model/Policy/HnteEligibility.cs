namespace Rdsim.Model.Policy;

/// <summary>
/// The HNTE criteria of law, in one place (docs/model.md §1 and §4 step 8): who may hold the preferential rate in a year.
/// The criteria are those of certification (Guokefahuo [2008] 172 art. 10; [2016] 32 art. 11), and they are checked in
/// every year the rate is enjoyed, not only when certified: the tax bureau's yearly filing asks for the year's R&amp;D,
/// high-tech revenue and staff figures and denies the rate to a firm that no longer meets the criteria (Guoshuihan
/// [2009] 203 art. 4–5; STA Announcement 2017 No. 24), and the intensity test is on the three years ending in the year
/// the rate is enjoyed ("当年和前两个会计年度", the documents kept for inspection under STA Announcement 2018 No. 23).
/// </summary>
public static class HnteEligibility
{
    /// <summary>
    /// Whether a firm meets every criterion but the R&amp;D intensity this year: the regime exists, the firm does R&amp;D,
    /// its high-tech products and services are at least <see cref="YearPolicy.MinHighTechRevenueShare"/> of revenue
    /// (art. 10(5) / 11(6)), its R&amp;D staff at least <see cref="YearPolicy.MinRdStaffShare"/> of employees (art.
    /// 10(3) / 11(4)), and it owns core intellectual property where that is required (art. 10(2) / 11(2)).
    /// </summary>
    public static bool MeetsOtherCriteria(YearPolicy policy, bool performsRd, double highTechShare, double rdStaffShare, bool hasCoreIp) =>
        policy.HnteEnabled
        && performsRd
        && highTechShare >= policy.MinHighTechRevenueShare
        && rdStaffShare >= policy.MinRdStaffShare
        && (hasCoreIp || !policy.RequiresCoreIp);

    /// <summary>
    /// The R&amp;D a firm must report this year to pass the intensity test (art. 10(4) / 11(5)): the threshold of the band
    /// of this year's <paramref name="revenue"/> times the three years' revenue, less what it reported in the two years
    /// before (<paramref name="reportedBefore"/>).
    /// </summary>
    public static double RequiredReportedRd(YearPolicy policy, double revenue, double windowRevenue, double reportedBefore) =>
        policy.IntensityBands.ThresholdFor(revenue) * windowRevenue - reportedBefore;
}
