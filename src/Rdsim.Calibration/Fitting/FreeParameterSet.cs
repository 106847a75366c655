using Rdsim.Model.Firms;
using Rdsim.Scenarios;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// The documented free parameters of a calibration, each with a plausible search range. Sector traits move
/// together over the scenario's active sectors (share &gt; 0), so the sector mix and the ordering of sectors
/// written in the scenario are kept and only their common level is fitted. Everything else keeps the scenario's values.
/// </summary>
public static class FreeParameterSet
{
    /// <summary>Names of the default free parameters, in search order.</summary>
    public static IReadOnlyList<string> DefaultNames { get; } =
    [
        "revenueMedian", "marginMean", "intensityMedian", "highTechShareMedian", "rdStaffShareMedian", "claimCost",
        "certificationCost", "coreIpProbability", "coreIpPerInventionPatent", "highTechKnowledgeElasticity", "highTechShareShockSd", "intensityShockSd", "qualifyingShare", "rdPerformerShare", "highTechShareSpread",
        "turnoverRate", "highTechIndustryShare",
    ];

    /// <summary>The free parameters called <paramref name="names"/> (default: <see cref="DefaultNames"/>) for <paramref name="scenario"/>.</summary>
    /// <exception cref="UnknownFreeParameterException">An unknown name.</exception>
    public static IReadOnlyList<FreeParameter> For(Scenario scenario, IReadOnlyList<string>? names = null)
    {
        var active = Sectors.All.Where(s => scenario.Model.SectorProfiles[s.Id].Share > 0).Select(s => s.Key).ToList();
        return (names ?? DefaultNames).Select(n => Define(n, active)).ToList();
    }

    // Ranges (in u, the search coordinate; 0 = the input's value) are plausible ranges, not optimiser conveniences:
    // e.g. revenueMedian × e^±1, claim cost × 0.2–12, margins ±4–6 points.
    private static FreeParameter Define(string name, IReadOnlyList<string> sectors)
    {
        IReadOnlyList<string> Sector(string field) => sectors.Select(s => $"population.sectors.{s}.{field}").ToList();
        return name switch
        {
            "revenueMedian" => new(name, "level of firm size: median first-year revenue of every active sector (× a common factor)",
                Sector("revenueMedian"), ParameterTransform.LogScale, 0.2, -1, 1),
            "marginMean" => new(name, "profitability: mean operating margin before R&D of every active sector (+ a common shift)",
                Sector("marginMean"), ParameterTransform.Shift, 0.02, -0.04, 0.06),
            "rdPerformerShare" => new(name, "share of firms doing any R&D in every active sector (common log-odds shift)",
                Sector("rdPerformerShare"), ParameterTransform.LogitShift, 0.4, -1.5, 1.5),
            "intensityMedian" => new(name, "latent R&D intensity median of performers in every active sector (× a common factor)",
                Sector("intensityMedian"), ParameterTransform.LogScale, 0.3, -1.5, 1.5),
            "highTechShareMedian" => new(name, "high-tech revenue share median in every active sector (common log-odds shift)",
                Sector("highTechShareMedian"), ParameterTransform.LogitShift, 0.4, -2.5, 1.5),
            "highTechShareSpread" => new(name, "dispersion of the high-tech revenue share across firms in every active sector (× a common factor)",
                Sector("highTechShareSpread"), ParameterTransform.LogScale, 0.2, -0.7, 0.7),
            "highTechIndustryShare" => new(name, "share of firms in industries the statistics classify as high-tech, in every active sector (common log-odds shift)",
                Sector("highTechIndustryShare"), ParameterTransform.LogitShift, 0.4, -3, 3),
            "rdStaffShareMedian" => new(name, "R&D staff share median of performers in every active sector (common log-odds shift)",
                Sector("rdStaffShareMedian"), ParameterTransform.LogitShift, 0.4, -1.5, 1.5),
            "claimCost" => new(name, "yearly compliance cost of claiming the super-deduction (mn CNY)",
                ["superDeduction.claimCost"], ParameterTransform.LogScale, 0.7, -1.5, 2.5),
            "qualifyingShare" => new(name, "share of reported R&D that qualifies for the super-deduction (Guoshuifa [2008] 116's narrower list)",
                ["superDeduction.qualifyingShare"], ParameterTransform.LogitShift, 0.4, -2.5, 2.5),
            "certificationCost" => new(name, "one-off cost of an HNTE certification (mn CNY)",
                ["hnte.certificationCost"], ParameterTransform.LogScale, 0.7, -1.5, 2),
            "rdShockSd" => new(name, "year-to-year noise of real R&D (sd of its log shock): churn at the HNTE thresholds",
                ["behaviour.rdShockSd"], ParameterTransform.LogScale, 0.5, -1, 1.5),
            "marginShockSd" => new(name, "year-to-year noise of the operating margin (sd)",
                ["behaviour.marginShockSd"], ParameterTransform.LogScale, 0.5, -1, 1),
            "coreIpProbability" => new(name, "probability that a performer owns core IP at the start, in every active sector (common log-odds shift)",
                Sector("coreIpProbability"), ParameterTransform.LogitShift, 0.4, -3, 1.5),
            "coreIpPerInventionPatent" => new(name, "probability that an invention patent gives a firm without core IP core IP (new HNTE eligibility)",
                ["behaviour.coreIpPerInventionPatent"], ParameterTransform.LogitShift, 0.5, -3, 3),
            "highTechKnowledgeElasticity" => new(name, "κ: rise of the high-tech share's log-odds per log point of knowledge growth (+ a shift)",
                ["behaviour.highTechKnowledgeElasticity"], ParameterTransform.Shift, 0.5, -1.5, 3),
            "highTechShareShockSd" => new(name, "sd of the yearly persistent shock to the high-tech share's log-odds (× a factor)",
                ["behaviour.highTechShareShockSd"], ParameterTransform.LogScale, 0.4, -2, 1.2),
            "intensityShockSd" => new(name, "sd of the yearly persistent shock to performers' latent R&D intensity (× a factor)",
                ["behaviour.intensityShockSd"], ParameterTransform.LogScale, 0.4, -2, 1.2),
            "turnoverRate" => new(name, "firm turnover: entry and exit rate alike (entrants per year as a share of the first year's firms = yearly exit probability), so the firm count stays about constant",
                ["population.entryRate", "population.exitRate"], ParameterTransform.LogitShift, 0.4, -1.5, 1.5),
            "entryRate" => new(name, "firm entry: entrants per year as a share of the first year's firms (population turnover)",
                ["population.entryRate"], ParameterTransform.LogitShift, 0.4, -1.5, 1.5),
            "exitRate" => new(name, "firm exit: yearly probability that a firm leaves the population",
                ["population.exitRate"], ParameterTransform.LogitShift, 0.4, -1.5, 1.5),
            // The national drivers (scenarios/china-2008-2024-base.yaml): entries of year-keyed policy are fitted from their year on.
            "rdStartRate" => new(name, "yearly chance that a firm doing no R&D starts (the spread of R&D)",
                ["behaviour.rdStartRate"], ParameterTransform.LogitShift, 0.4, -2, 2),
            "rdStartRate2008" => new(name, "yearly chance that a firm doing no R&D starts, 2008–2015 (none starts in the warm-up)",
                ["behaviour.rdStartRate@2008"], ParameterTransform.LogitShift, 0.4, -2, 2),
            "rdStartRate2016" => new(name, "yearly chance that a firm doing no R&D starts, from 2016 (the mass-innovation campaign, the filing reform)",
                ["behaviour.rdStartRate@2016"], ParameterTransform.LogitShift, 0.4, -2, 2),
            "rdStartSectorTilt" => new(name, "how far R&D starts lean towards sectors where R&D is common (start chance ∝ performer share^tilt; + a shift)",
                ["behaviour.rdStartSectorTilt"], ParameterTransform.Shift, 0.3, -1, 1),
            // Logit, so the scenario must start its 2016 entry above 0 (the default is no technology entrants).
            "techEntrantShare2016" => new(name, "share of each year's entrants that are young technology firms (R&D performers), from 2016 (common log-odds shift)",
                ["population.techEntrantShare@2016"], ParameterTransform.LogitShift, 0.5, -2.5, 2),
            "techEntrantIntensityScale" => new(name, "latent R&D intensity of young technology entrants, as a multiple of their sector performers' median (× a factor)",
                ["population.techEntrantIntensityScale"], ParameterTransform.LogScale, 0.3, -1.5, 1),
            "intensityLogSd" => new(name, "spread of performers' latent R&D intensity (sd of its log) in every active sector (× a common factor)",
                Sector("intensityLogSd"), ParameterTransform.LogScale, 0.3, -0.7, 0.5),
            "sizeRdPerformer" => new(name, "copula correlation of firm size with doing R&D at all (larger firms likelier performers; + a shift)",
                ["population.copula.sizeRdPerformer"], ParameterTransform.Shift, 0.1, -0.4, 0.45),
            "sizeIntensity" => new(name, "copula correlation of a performer's size with its latent R&D intensity (below 0, small performers are the intensive ones; + a shift)",
                ["population.copula.sizeIntensity"], ParameterTransform.Shift, 0.1, -0.6, 0.3),
            "rdStartIntensityScale2016" => new(name, "latent R&D intensity of firms that start R&D from 2016, as a multiple of their sector performers' median (× a factor)",
                ["behaviour.rdStartIntensityScale@2016"], ParameterTransform.LogScale, 0.4, -2, 1),
            "intensityDrift" => new(name, "yearly log drift of performers' latent R&D intensity (+ a shift)",
                ["behaviour.intensityDrift"], ParameterTransform.Shift, 0.01, -0.03, 0.05),
            "certificationSubsidy2016" => new(name, "local reward for a new HNTE certification from 2016 (mn CNY)",
                ["hnte.certificationSubsidy@2016"], ParameterTransform.LogScale, 0.5, -2, 1.2),
            // × a factor, so the scenario must give it a starting value above 0 (it cannot go negative either).
            "growthDrift" => new(name, "revenue growth: mean yearly log growth of revenue of every active sector (+ a common shift)",
                Sector("growthDrift"), ParameterTransform.Shift, 0.01, -0.03, 0.06),
            "titleBenefit" => new(name, "yearly value of holding the HNTE title beyond the rate, every year (mn CNY; × a factor)",
                ["hnte.titleBenefit"], ParameterTransform.LogScale, 0.5, -3, 2),
            "titleBenefit2016" => new(name, "yearly value of holding the HNTE title beyond the rate, from 2016 (mn CNY; × a factor)",
                ["hnte.titleBenefit@2016"], ParameterTransform.LogScale, 0.5, -3, 2),
            // Logit, so the scenario must start it below 1 (its default: every firm that would gain applies at once).
            "applicationRate" => new(name, "yearly chance that a firm never certified considers applying for the HNTE title (take-up; common log-odds shift)",
                ["hnte.applicationRate"], ParameterTransform.LogitShift, 0.5, -3, 3),
            "applicationRate2008" => new(name, "yearly chance that a firm never certified considers applying for the HNTE title, 2008–2015 (take-up)",
                ["hnte.applicationRate@2008"], ParameterTransform.LogitShift, 0.5, -3, 3),
            "applicationRate2016" => new(name, "yearly chance that a firm never certified considers applying for the HNTE title, from 2016 (the new rules, local cultivation drives)",
                ["hnte.applicationRate@2016"], ParameterTransform.LogitShift, 0.5, -3, 3),
            "ipAcquisitionRate2016" => new(name, "yearly chance that a performer without IP that counts obtains some, from 2016 (class-II IP)",
                ["hnte.ipAcquisitionRate@2016"], ParameterTransform.LogitShift, 0.5, -2.5, 2),
            "rdStaffThreshold2016" => new(name, "the staff test from 2016 on the model's R&D staff share (S&T staff in R&D and related innovation)",
                ["hnte.minRdStaffShare@2016"], ParameterTransform.LogitShift, 0.3, -1.5, 0.4),
            "claimCost2008" => new(name, "yearly cost of claiming the super-deduction before 2016 (mn CNY)",
                ["superDeduction.claimCost@2008"], ParameterTransform.LogScale, 0.7, -2, 2),
            "claimCost2016" => new(name, "yearly cost of claiming the super-deduction from 2016, a filing and later a self-assessment (mn CNY)",
                ["superDeduction.claimCost@2016"], ParameterTransform.LogScale, 0.7, -2, 2),
            "qualifyingShare2008" => new(name, "share of reported R&D qualifying for the deduction before Caishui [2015] 119 broadened the list",
                ["superDeduction.qualifyingShare@2008"], ParameterTransform.LogitShift, 0.4, -2.5, 2.5),
            _ => throw new UnknownFreeParameterException(new(
                $"Unknown free parameter '{name}'; known: {string.Join(", ", KnownNames)}.", $"未知的自由参数 '{name}'；已知：{string.Join(", ", KnownNames)}。")),
        };
    }

    /// <summary>The free parameters of the national fit (README, "How well does it fit?"), in search order.</summary>
    public static IReadOnlyList<string> NationalNames { get; } =
    [
        "rdStartRate2008", "rdStartRate2016", "rdStartSectorTilt", "sizeRdPerformer", "sizeIntensity", "rdStartIntensityScale2016", "intensityDrift", "certificationSubsidy2016", "ipAcquisitionRate2016", "rdStaffThreshold2016",
        "claimCost2008", "claimCost2016", "qualifyingShare2008",
    ];

    /// <summary>Every free parameter this set can define.</summary>
    public static IReadOnlyList<string> KnownNames { get; } =
        [.. DefaultNames, "rdShockSd", "marginShockSd", "entryRate", "exitRate", "growthDrift", "rdStartRate", "titleBenefit", "titleBenefit2016", "applicationRate", "applicationRate2008", "applicationRate2016",
            "techEntrantShare2016", "techEntrantIntensityScale", .. NationalNames];

    /// <summary>
    /// The free parameters that fit one year's entry of the year-keyed scenario key <paramref name="key"/> (e.g.
    /// claimCost2008 and claimCost2016 for superDeduction.claimCost), for the error that asks for one of them.
    /// </summary>
    public static IReadOnlyList<string> YearEntriesOf(string key) =>
        KnownNames.Where(n => Define(n, []).Keys.Any(k => k.StartsWith(key + "@", StringComparison.Ordinal))).ToList();

}
