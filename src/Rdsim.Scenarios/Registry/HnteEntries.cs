using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>hnte.*</c> parameters: the High and New Technology Enterprise regime (year-keyed).</summary>
internal static class HnteEntries
{
    /// <summary>The entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> All()
    {
        var p = new YearPolicy();
        return
        [
            Define.Flag("hnte.enabled", p, x => x.HnteEnabled, (x, v) => x with { HnteEnabled = v }) with
            {
                Unit = "flag",
                Description = "Whether the HNTE (高新技术企业) preferential-rate regime exists.",
                Reference = "EIT Law 2008 art. 28(2); Guokefahuo [2008] 172 and [2016] 32 (certification rules).",
            },
            Define.Number("hnte.rate", p, x => x.HnteRate, (x, v) => x with { HnteRate = v }) with
            {
                Unit = "share of taxable income",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.05, 0.25),
                Description = "Preferential CIT rate for certified HNTEs.",
                Reference = "EIT Law 2008 art. 28(2): 15%.",
            },
            .. IntensityBandEntries.All(p),
            Define.Number("hnte.minHighTechRevenueShare", p, x => x.MinHighTechRevenueShare, (x, v) => x with { MinHighTechRevenueShare = v }) with
            {
                Unit = "share of revenue",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.3, 0.8),
                Description = "Minimum share of revenue from high-tech products and services.",
                Reference = "Guokefahuo [2008] 172 art. 10(5); Guokefahuo [2016] 32 art. 11(6): 60%.",
            },
            Define.Number("hnte.minRdStaffShare", p, x => x.MinRdStaffShare, (x, v) => x with { MinRdStaffShare = v }) with
            {
                Unit = "share of employees",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.05, 0.3),
                Description = "Minimum R&D (science and technology) staff share of employees.",
                Reference = "Guokefahuo [2008] 172 art. 10(3); Guokefahuo [2016] 32 art. 11(4): 10%.",
            },
            Define.Flag("hnte.requiresCoreIp", p, x => x.RequiresCoreIp, (x, v) => x with { RequiresCoreIp = v }) with
            {
                Unit = "flag",
                Description = "Whether owning core intellectual property is required.",
                Reference = "Guokefahuo [2008] 172 art. 10(2); Guokefahuo [2016] 32 art. 11(2).",
            },
            Define.Integer("hnte.validityYears", p, x => x.ValidityYears, (x, v) => x with { ValidityYears = v }) with
            {
                Unit = "years",
                Valid = ValueRange.Closed(1, 20),
                Advisory = ValueRange.Closed(2, 5),
                Description = "Certificate lifetime; re-certification afterwards.",
                Reference = "Guokefahuo [2008] 172 art. 9; Guokefahuo [2016] 32 art. 9: three years.",
            },
            Define.Number("hnte.certificationCost", p, x => x.CertificationCost, (x, v) => x with { CertificationCost = v }) with
            {
                Unit = "mn CNY",
                Valid = ValueRange.Closed(0, 1000),
                Advisory = ValueRange.Closed(0, 2),
                Uncertain = true,
                Description = "One-off compliance cost per certification (audit, consultants, staff time).",
                Reference = "Calibration assumption (docs/model.md §1); order of magnitude of agency fees for HNTE applications.",
            },
            Define.Number("hnte.certificationSubsidy", p, x => x.CertificationSubsidy, (x, v) => x with { CertificationSubsidy = v }) with
            {
                Unit = "mn CNY",
                Valid = ValueRange.Closed(0, 1000),
                Advisory = ValueRange.Closed(0, 1),
                Description = "One-off reward local governments pay a newly certified HNTE (新认定, not a renewal); 0 = none.",
                Reference = "Local certification rewards (认定奖励), common from the mid-2010s, typically 0.1–0.5 mn CNY (e.g. Guangzhou, Shenzhen, "
                    + "Hangzhou, Nanjing city policies); a national average is a calibration assumption (README, \"How well does it fit?\").",
            },
            Define.Number("hnte.ipAcquisitionRate", p, x => x.IpAcquisitionRate, (x, v) => x with { IpAcquisitionRate = v }) with
            {
                Unit = "probability per year",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 0.5),
                Description = "Yearly chance that an R&D performer without IP that counts for the test acquires some (utility models, "
                    + "software copyrights, bought patents); 0 = IP only as drawn or from invention patents.",
                Reference = "Guokefahuo [2016] 32 art. 11(2) and its Guide: class-II IP (utility models, software copyrights, designs) counts, "
                    + "each once; a calibration assumption for how quickly firms obtain it (docs/model.md §4 step 12).",
            },
        ];
    }
}
