using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>population.*</c> parameters: size, source file, copula and per-sector trait distributions.</summary>
internal static class PopulationEntries
{
    private const string CopulaReference =
        "Calibration assumption (docs/model.md §2): HNTEs carry most business R&D in China (Chen, Liu, Suárez Serrato & Xu 2021, AER).";

    /// <summary>The entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> All()
    {
        IEnumerable<ParameterDefinition> head =
        [
            Define.Setting("population.firms", ParameterKind.Integer, 10_000L) with
            {
                DescriptionZh = "模拟企业数（设置 population.from 时不使用）。",
                Unit = "firms",
                Valid = ValueRange.Closed(1, 100_000_000),
                Advisory = ValueRange.Closed(100, 2_000_000),
                Description = "Number of synthetic firms (ignored when population.from is set).",
                Reference = "Sample size choice; ~10k firms keep sector aggregates stable at 1 replication.",
            },
            Define.Setting("population.weight", ParameterKind.Integer, 1L) with
            {
                DescriptionZh = "每家模拟企业代表的总体企业数：每项计数、合计和直方图均按此倍数精确计入；企业文件中给出 weight 列时以文件为准。",
                Unit = "enterprises per firm",
                Valid = ValueRange.Closed(1, InputBounds.MaxWeight),
                Advisory = ValueRange.Closed(1, 100_000),
                Description = "How many enterprises of the universe each synthetic firm stands for: every count, sum and histogram counts "
                    + "it this many times (exactly). A population file's weight column, where given, wins.",
                Reference = "A sample design choice: a 10,000–50,000-firm population stands for a national universe (the scenario's universe: key says which).",
            },
            Define.Setting("population.from", ParameterKind.Path, null) with
            {
                DescriptionZh = "真实企业的 CSV 文件（路径相对于设置它的情景文件）；缺失的企业特征随机生成。",
                Unit = "path",
                Description = "CSV file of real firms, relative to the scenario file that sets it; missing traits are drawn.",
                Reference = "docs/model.md §2 (imported populations); columns in docs/population-csv.md.",
            },
            Define.Setting("population.entryRate", ParameterKind.Number, 0.0) with
            {
                DescriptionZh = "企业进入：首个报告年份之后，每年新增相当于 population.firms 该比例的模拟企业，其特征与其他企业按同样方式抽取（年轻科技型企业见 population.techEntrantShare；设置 population.from 时不使用：由文件的 entry_year 列给出进入年份）。",
                Unit = "share of firms per year",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 0.25),
                Description = "Firm entry: each reported year after the first brings this share of population.firms as new synthetic firms, "
                    + "traits drawn as for the others but for the technology firms of population.techEntrantShare (ignored when population.from "
                    + "is set: the file's entry_year column says when firms enter).",
                Reference = "Firm turnover of above-scale industrial enterprises: firms cross the 20 mn CNY revenue line and new firms "
                    + "are founded every year (NBS yearbooks; Brandt, Van Biesebroeck & Zhang 2012, J. Dev. Econ.).",
            },
            Define.Setting("population.exitRate", ParameterKind.Number, 0.0) with
            {
                DescriptionZh = "企业退出：自第二个报告年份起，每家企业每年退出总体的概率（两种情形中退出的企业相同；导入的企业以文件中的 exit_year 为准）。",
                Unit = "probability per year",
                Valid = ValueRange.UpToBelow(0, 1),
                Advisory = ValueRange.Closed(0, 0.2),
                Description = "Firm exit: the yearly probability that a firm leaves the population, from the second reported year "
                    + "(the same firms leave in both worlds; for an imported firm an exit_year in the file takes precedence).",
                Reference = "Brandt, Van Biesebroeck & Zhang (2012, J. Dev. Econ.): yearly exit rates of Chinese industrial firms of 5–15%.",
            },
            // Read by name into the population's TechnologyEntry; by year, since the share belongs to each year's cohort.
            Define.SettingByYear("population.techEntrantShare", ParameterKind.Number, 0.0) with
            {
                DescriptionZh = "新进入企业（population.entryRate）中年轻科技型企业的比例（按进入年份）：这些企业开展研发，所在行业偏向研发企业较多的行业（与 behaviour.rdStartSectorTilt 相同），"
                    + "研发强度、研发人员占比和核心知识产权按所在行业研发企业的分布抽取，营业收入和利润率与同行业其他企业相同；0 表示新进入企业与首年企业抽取方式相同。",
                Unit = "share of each year's entrants",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 0.5),
                Description = "The share of each year's entrants (population.entryRate) that are young technology firms, by entry year: they do R&D, "
                    + "in sectors leaning where R&D is common (as behaviour.rdStartSectorTilt leans starts), with intensity, R&D staff and core IP "
                    + "drawn as their sector's performers are, and revenue and margin as any firm of the sector; 0 draws every entrant as the first year's firms.",
                Reference = "Technology-based SMEs, firms founded to do R&D and own IP, are a status of their own (Guokefazheng [2017] 115); on the national "
                    + "preset most 2019 HNTEs and nearly all eligible non-holders began R&D after 2008 (README, \"What to doubt\"); the share is a "
                    + "calibration assumption (docs/model.md §2, \"Firm turnover\").",
            },
            Define.Setting("population.techEntrantIntensityScale", ParameterKind.Number, 1.0) with
            {
                DescriptionZh = "年轻科技型新进入企业（population.techEntrantShare）的潜在研发强度，为其所在行业研发企业中位数的倍数（离散程度与初始抽取的研发企业相同）。",
                Unit = "multiple of the sector's performer median",
                Valid = ValueRange.Closed(0.001, 10),
                Advisory = ValueRange.Closed(0.3, 3),
                Description = "The latent R&D intensity of a young technology entrant (population.techEntrantShare), as a multiple of its sector's "
                    + "performer median (spread as for drawn performers).",
                Reference = "A calibration assumption (docs/model.md §2, \"Firm turnover\"): on the national preset the eligible non-holders of 2019 "
                    + "reported a median 1.5% of revenue as R&D against thresholds of 5%, 4% and 3% (README, \"What to doubt\").",
            },
            Copula("population.copula.intensityHighTech", (c, v) => c with { IntensityHighTech = v },
                c => c.IntensityHighTech, "Copula correlation of latent R&D intensity with the high-tech revenue share.", "潜在研发强度与高新技术产品收入占比之间的 Copula 相关系数。"),
            Copula("population.copula.intensityRdStaff", (c, v) => c with { IntensityRdStaff = v },
                c => c.IntensityRdStaff, "Copula correlation of latent R&D intensity with the R&D staff share.", "潜在研发强度与研发人员占职工总数比例之间的 Copula 相关系数。"),
            Copula("population.copula.intensityCoreIp", (c, v) => c with { IntensityCoreIp = v },
                c => c.IntensityCoreIp, "Copula correlation of latent R&D intensity with owning core IP.", "潜在研发强度与拥有核心知识产权之间的 Copula 相关系数。"),
            Define.Number("population.copula.sizeRdPerformer", new TraitCorrelations(), c => c.SizeRdPerformer, (c, v) => c with { SizeRdPerformer = v }) with
            {
                Unit = "correlation",
                Valid = ValueRange.Closed(-1, 1),
                Advisory = ValueRange.Closed(0, 0.9),
                Description = "Copula correlation of a firm's size (its rank in its sector's revenue distribution) with doing R&D at all; "
                    + "each sector's share of performers is kept. 0 draws performing independently of size.",
                DescriptionZh = "企业规模（在本行业营业收入分布中的位次）与是否开展研发之间的 Copula 相关系数；各行业研发企业占比保持不变。0 表示是否研发与规模无关。",
                Reference = "Larger firms are likelier to do R&D: in 2008 24.9% of China's large and medium industrial enterprises had R&D activity "
                    + "(China Statistical Yearbook 2011, table 20-43) against 6.5% of all above-scale ones (2012, table 20-44); docs/model.md §2.",
            },
            Define.Number("population.copula.sizeIntensity", new TraitCorrelations(), c => c.SizeIntensity, (c, v) => c with { SizeIntensity = v }) with
            {
                Unit = "correlation",
                Valid = ValueRange.Closed(-1, 1),
                Advisory = ValueRange.Closed(-0.7, 0.3),
                Description = "Copula correlation of a performer's size (its rank in its sector's revenue distribution) with its latent R&D intensity; "
                    + "below 0, small performers are the R&D-intensive ones. It holds for firms that start R&D later too. 0 draws intensity independently of size.",
                DescriptionZh = "研发企业规模（在本行业营业收入分布中的位次）与其潜在研发强度之间的 Copula 相关系数；小于0表示小企业研发强度较高。对后来开始研发的企业同样适用。0 表示研发强度与规模无关。",
                Reference = "Calibration assumption (docs/model.md §2): most of China's HNTEs are small and medium firms, whose test is the 5% "
                    + "intensity band (Guokefahuo [2016] 32 art. 11(5)), while large performers spend a lower share of revenue.",
            },
        ];
        return head.Concat(Sectors.All.SelectMany(SectorEntries));
    }

    private static ParameterDefinition Copula(string name, Func<TraitCorrelations, double, TraitCorrelations> set,
        Func<TraitCorrelations, double> get, string description, string descriptionZh) =>
        Define.Number(name, new TraitCorrelations(), get, set) with
        {
            Unit = "correlation",
            Valid = ValueRange.Closed(-1, 1),
            Advisory = ValueRange.Closed(0, 0.9),
            Description = description,
            DescriptionZh = descriptionZh,
            Reference = CopulaReference,
        };

    private static IEnumerable<ParameterDefinition> SectorEntries(Sector sector)
    {
        var defaults = SectorDefaults.All[sector.Id];
        return SectorTraitField.All.Select(field =>
            Define.Number($"population.sectors.{sector.Key}.{field.Key}", defaults, field.Get, field.Set, sector.Id) with
            {
                Section = $"population.sectors.{sector.Key}",
                Unit = field.Unit,
                Valid = field.Valid,
                Advisory = field.Advisory,
                Description = $"{field.Description} ({sector.NameEn}).",
                DescriptionZh = $"{field.DescriptionZh}（{sector.NameZh}）。",
                Reference = SectorDefaults.Reference,
            });
    }
}
