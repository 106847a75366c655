using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>cit.*</c>, <c>credit.*</c> and <c>loss.*</c> parameters (year-keyed).</summary>
internal static class TaxEntries
{
    /// <summary>The <c>cit.*</c> entries.</summary>
    public static IEnumerable<ParameterDefinition> Cit()
    {
        var p = new YearPolicy();
        return
        [
            Define.Number("cit.standardRate", p, x => x.StandardRate, (x, v) => x with { StandardRate = v }) with
            {
                DescriptionZh = "企业所得税法定税率。",
                Unit = "share of taxable income",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.1, 0.4),
                Description = "Statutory corporate income tax rate.",
                Reference = "EIT Law 2008 art. 4: 25% (33% before 2008).",
            },
        ];
    }

    /// <summary>The <c>credit.*</c> entries.</summary>
    public static IEnumerable<ParameterDefinition> Credit()
    {
        var p = new YearPolicy();
        return
        [
            Define.Number("credit.volumeRate", p, x => x.VolumeCreditRate, (x, v) => x with { VolumeCreditRate = v }) with
            {
                DescriptionZh = "按申报研发费用计算的不可退还的税收抵免比例（0 表示没有；中国税法中没有此项）。",
                Unit = "share of reported R&D",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 0.5),
                Description = "Non-refundable tax credit on reported R&D (0 = none; not part of Chinese law).",
                Reference = "For comparing designs: France's crédit d'impôt recherche, 30% (CGI art. 244 quater B).",
            },
            Define.Number("credit.incrementalRate", p, x => x.IncrementalCreditRate, (x, v) => x with { IncrementalCreditRate = v }) with
            {
                DescriptionZh = "按申报研发费用超过前 credit.baseYears 年平均数部分计算的不可退还的税收抵免比例。",
                Unit = "share of reported R&D above base",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 0.3),
                Description = "Non-refundable credit on reported R&D above the average of the last credit.baseYears years.",
                Reference = "For comparing designs: US research credit, IRC §41 (20% regular; 14% alternative simplified).",
            },
            Define.Integer("credit.baseYears", p, x => x.CreditBaseYears, (x, v) => x with { CreditBaseYears = v }) with
            {
                DescriptionZh = "计算增量抵免基数时平均的年数。",
                Unit = "years",
                Valid = ValueRange.Closed(1, 5),
                Advisory = ValueRange.Closed(2, 4),
                Description = "Years averaged for the incremental credit's base.",
                Reference = "IRC §41(c)(4): alternative simplified credit, average of the 3 preceding years.",
            },
            Define.Integer("credit.carryForwardYears", p, x => x.CreditCarryForwardYears, (x, v) => x with { CreditCarryForwardYears = v }) with
            {
                DescriptionZh = "超过当年应纳税额的抵免额可向以后年度结转使用的年数（先到期的先用）；0 表示不能结转。",
                Unit = "years",
                Valid = ValueRange.Closed(0, 15),
                Advisory = ValueRange.Closed(0, 15),
                Description = "Years a credit larger than the year's tax may be carried forward and used, oldest first; 0 loses it.",
                Reference = "For comparing designs: IRC §39 (US, 20 years); CGI art. 199 ter B (France, 3 years, then refunded).",
            },
        ];
    }

    /// <summary>The <c>loss.*</c> entries.</summary>
    public static IEnumerable<ParameterDefinition> Loss()
    {
        var p = new YearPolicy();
        return
        [
            Define.Integer("loss.carryForwardYears", p, x => x.LossCarryForwardYears, (x, v) => x with { LossCarryForwardYears = v }) with
            {
                DescriptionZh = "一般企业亏损可向以后年度结转弥补的年数（先发生的先弥补）。",
                Unit = "years",
                Valid = ValueRange.Closed(0, 15),
                Advisory = ValueRange.Closed(3, 10),
                Description = "Years an ordinary tax loss can be carried forward (oldest first).",
                Reference = "EIT Law 2008 art. 18: five years.",
            },
            Define.Integer("loss.hnteCarryForwardYears", p, x => x.HnteLossCarryForwardYears, (x, v) => x with { HnteLossCarryForwardYears = v }) with
            {
                DescriptionZh = "具备高新技术企业资格期间发生的亏损可向以后年度结转弥补的年数。",
                Unit = "years",
                Valid = ValueRange.Closed(0, 15),
                Advisory = ValueRange.Closed(3, 10),
                Description = "Years a loss made while a certified HNTE can be carried forward.",
                Reference = "Caishui [2018] 76: ten years for HNTEs and tech SMEs from 2018 (five before, EIT Law art. 18).",
            },
        ];
    }
}
