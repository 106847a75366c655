using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Checks that involve more than one parameter: the year range, sector shares and revenue truncation,
/// the HNTE rate against the standard rate, whether <c>population.from</c> can be read, an entry rate it would ignore, a share
/// of technology entrants with no entrants to draw,
/// a population too large to hold, year-keyed values whose first year comes after the run starts, and year keys
/// that change nothing because they lie outside the run. Checks that use a
/// parameter which already has an error are skipped, so one mistake is not reported twice.
/// </summary>
internal static class ScenarioChecks
{
    /// <summary>Runs every check; <paramref name="topFile"/> is the scenario file itself (not a file it extends), if any.</summary>
    public static void Run(ResolvedSettings settings, DiagnosticBag diagnostics, string? topFile = null)
    {
        Years(settings, diagnostics);
        Shares(settings, diagnostics);
        Revenue(settings, diagnostics);
        HnteRate(settings, diagnostics);
        PopulationFile(settings, diagnostics);
        EntryWithFile(settings, diagnostics);
        TechnologyWithoutEntrants(settings, diagnostics);
        LateFirstYears(settings, diagnostics);
        YearsOutsideRun(settings, diagnostics, topFile);
        PopulationSize(settings, diagnostics);
    }

    private static void Years(ResolvedSettings s, DiagnosticBag d)
    {
        const string first = "simulation.firstYear", last = "simulation.lastYear";
        if (d.HasErrorAt(first) || d.HasErrorAt(last)) return;
        if (s.Integer(last) >= s.Integer(first)) return;
        var at = s[last].Origin ?? s[first].Origin ?? Nowhere;
        d.Error(at, last, new($"simulation.lastYear ({s.Integer(last)}) is before simulation.firstYear ({s.Integer(first)}).",
            $"simulation.lastYear（{s.Integer(last)}）早于 simulation.firstYear（{s.Integer(first)}）。"));
    }

    private static void Shares(ResolvedSettings s, DiagnosticBag d)
    {
        var shares = Sectors.All.Select(x => s[$"population.sectors.{x.Key}.share"]).ToArray();
        if (shares.Any(x => d.HasErrorAt(x.Definition.Name))) return;
        if (shares.Sum(x => (double)x.Value.At(0)!) > 0) return;
        var at = shares.LastOrDefault(x => x.Origin is not null)?.Origin ?? Nowhere;
        d.Error(at, "population.sectors", new("every sector share is 0; at least one sector needs a positive population.sectors.<sector>.share.",
            "所有行业的占比都是 0；至少要有一个行业的 population.sectors.<sector>.share 为正。"));
    }

    private static void Revenue(ResolvedSettings s, DiagnosticBag d)
    {
        foreach (var sector in Sectors.All)
        {
            var prefix = $"population.sectors.{sector.Key}.";
            var min = s[prefix + "revenueMin"];
            var max = s[prefix + "revenueMax"];
            if (d.HasErrorAt(min.Definition.Name) || d.HasErrorAt(max.Definition.Name)) continue;
            if ((double)min.Value.At(0)! < (double)max.Value.At(0)!) continue;
            d.Error(min.Origin ?? max.Origin ?? Nowhere, min.Definition.Name, new(
                $"{prefix}revenueMin ({ValueOf(min)}) must be below {prefix}revenueMax ({ValueOf(max)}).",
                $"{prefix}revenueMin（{ValueOf(min)}）必须小于 {prefix}revenueMax（{ValueOf(max)}）。"));
        }
    }

    private static void HnteRate(ResolvedSettings s, DiagnosticBag d)
    {
        if (d.HasErrorAt("hnte.rate") || d.HasErrorAt("cit.standardRate")) return;
        if (d.HasErrorAt("simulation.firstYear") || d.HasErrorAt("simulation.lastYear")) return;
        for (var year = (int)s.Integer("simulation.firstYear"); year <= s.Integer("simulation.lastYear"); year++)
        {
            var hnte = (double)s["hnte.rate"].Value.At(year)!;
            var standard = (double)s["cit.standardRate"].Value.At(year)!;
            if (hnte <= standard) continue;
            d.Warning(s["hnte.rate"].Origin ?? s["cit.standardRate"].Origin ?? Nowhere, "hnte.rate",
                $"in {year} the HNTE rate ({hnte}) is above the standard rate ({standard}): certification would never pay.",
                $"{year}年高新技术企业优惠税率（{hnte}）高于标准税率（{standard}）：认定永远不会带来收益。");
            return;
        }
    }

    private static void PopulationFile(ResolvedSettings s, DiagnosticBag d)
    {
        var from = s["population.from"];
        if (from.Value.At(0) is string path && IO.InputFile.Problem(path, IO.InputLimit.Population) is { } problem)
        {
            d.Error(from.Origin ?? Nowhere, "population.from", problem + new Bilingual(".", "。"));
        }
    }

    private static void EntryWithFile(ResolvedSettings s, DiagnosticBag d)
    {
        var entry = s["population.entryRate"];
        if (d.HasErrorAt("population.entryRate") || s["population.from"].Value.At(0) is null || (double)entry.Value.At(0)! == 0) return;
        d.Warning(entry.Origin ?? Nowhere, "population.entryRate",
            "population.entryRate adds no firms to a population read from population.from; give entrants an entry_year in the file instead.",
            "population.entryRate 不会给从 population.from 读入的企业总体增加企业；请改在文件中为新进入的企业给出 entry_year。");
    }

    /// <summary>
    /// Technology entrants are a share of the synthetic entrants: with no entry rate, or firms read from a file (to which
    /// the entry rate adds none), the share draws no firm, which is most likely not what the scenario means.
    /// </summary>
    private static void TechnologyWithoutEntrants(ResolvedSettings s, DiagnosticBag d)
    {
        const string name = "population.techEntrantShare";
        var share = s[name];
        if (d.HasErrorAt(name) || d.HasErrorAt("population.entryRate") || share.Value.Entries.All(e => (double)e.Value! == 0)) return;
        if (s["population.from"].Value.At(0) is null && (double)s.Constant("population.entryRate")! > 0) return;
        d.Warning(share.Origin ?? Nowhere, name,
            "population.techEntrantShare draws no firm: it is a share of the synthetic entrants of population.entryRate, and this scenario has none (population.entryRate is 0, or its firms come from population.from).",
            "population.techEntrantShare 不会产生任何企业：它是 population.entryRate 所生成的新进入模拟企业中的比例，而本情景没有这类企业（population.entryRate 为 0，或企业来自 population.from）。");
    }

    /// <summary>
    /// A year-keyed value holds its first entry in every earlier year, so <c>extraRate: {2018: 1.0}</c> in a run from
    /// 2008 means 1.0 from 2008, not "from 2018". That is worth a warning when the first entry differs from the
    /// default (the value an analyst would expect to hold until then). Overrides start unset and are exempt.
    /// </summary>
    private static void LateFirstYears(ResolvedSettings s, DiagnosticBag d)
    {
        if (d.HasErrorAt("simulation.firstYear")) return;
        var start = s.Integer("simulation.firstYear");
        foreach (var setting in s.All.Where(x => x.Origin is not null && x.Definition.YearKeyed && !x.Definition.StartsUnset))
        {
            var (firstYear, firstValue) = setting.Value.Entries.First();
            if (firstYear == int.MinValue || firstYear <= start) continue;
            var value = Registry.ValueText.Format(new Model.Policy.YearKeyed<object?>(firstValue));
            var @default = Registry.ValueText.Format(new Model.Policy.YearKeyed<object?>(setting.Definition.Default));
            if (value == @default) continue; // compared as text: lists are equal by content
            var name = setting.Definition.Name;
            d.Warning(setting.Origin!, name,
                $"{name} is first given for {firstYear}, but the run starts in {start}: the years before {firstYear} take its {firstYear} value " +
                $"({value}), not the default ({@default}). To change it from {firstYear} only, give {start} as well, e.g. {{{start}: {@default}, {firstYear}: {value}}}.",
                $"{name} 最早给出的是{firstYear}年的取值，但模拟从{start}年开始：{firstYear}年之前各年采用其{firstYear}年的取值（{value}），而不是默认值（{@default}）。" +
                $"若只想从{firstYear}年起改变，请同时给出{start}年的取值，例如 {{{start}: {@default}, {firstYear}: {value}}}。");
        }
    }

    /// <summary>
    /// A year after the run's last year never applies, and one before its first year is replaced by a later entry
    /// before the run starts (the first reported year's value also holds in the warm-up): either is most likely a typo
    /// (2030 for 2020) or a misreading of the run's years. Only what the scenario file or an override writes is checked:
    /// a baseline it extends may well record laws beyond a shorter run. A sector rate's ending (null) is not warned about.
    /// </summary>
    private static void YearsOutsideRun(ResolvedSettings s, DiagnosticBag d, string? topFile)
    {
        const string firstName = "simulation.firstYear", lastName = "simulation.lastYear";
        if (d.HasErrorAt(firstName) || d.HasErrorAt(lastName)) return;
        var (first, last) = (s.Integer(firstName), s.Integer(lastName));
        var own = s.All.Where(x => x.Origin is { } at && (at.Line == 0 || at.File == topFile));
        foreach (var setting in own.Where(x => x.Definition.YearKeyed && !d.HasErrorAt(x.Definition.Name)))
        {
            var entries = setting.Value.Entries.Where(e => e.Key != int.MinValue).ToList();
            var years = entries.Select(e => e.Key).ToList();
            // A null after the run ends a sector rate when the law ends it (Caishui [2023] 44 to 2027): a record, not a slip.
            var late = entries.Where(e => e.Key > last && e.Value is not null).Select(e => e.Key).ToList();
            var replaced = years.Where(y => y < first && years.Any(z => z > y && z <= first)).ToList();
            if (late.Count == 0 && replaced.Count == 0) continue;
            var (parts, partsZh) = (new List<string>(), new List<string>());
            if (late.Count > 0)
            {
                parts.Add($"{Years(late)} {(late.Count == 1 ? "is" : "are")} after the run's last year {last}");
                partsZh.Add($"{string.Join("、", late)}年在模拟的最后一年（{last}年）之后");
            }
            if (replaced.Count > 0)
            {
                parts.Add($"{Years(replaced)} {(replaced.Count == 1 ? "is" : "are")} replaced by a later entry before the run starts in {first}");
                partsZh.Add($"{string.Join("、", replaced)}年的取值在模拟开始（{first}年）之前就被后面的取值替代");
            }
            d.Warning(setting.Origin!, setting.Definition.Name,
                $"{string.Join(", and ", parts)}, so {(late.Count + replaced.Count == 1 ? "it changes" : "they change")} nothing (simulation.firstYear {first}, simulation.lastYear {last}).",
                $"{string.Join("；", partsZh)}，因此不起作用（simulation.firstYear {first}，simulation.lastYear {last}）。");
        }
    }

    /// <summary>
    /// Synthetic firms are held in one array, entrants included: beyond <see cref="MaxFirms"/> the run could not even be
    /// set up ("Array dimensions exceeded supported range"), so it is refused here, at the parameters that make it. The
    /// error is reported at the override that made the population too large, if one did: overrides are applied last, so
    /// a file's value is not to blame for what <c>--set</c> changed.
    /// </summary>
    private static void PopulationSize(ResolvedSettings s, DiagnosticBag d)
    {
        string[] names = ["population.firms", "population.entryRate", "simulation.firstYear", "simulation.lastYear"];
        if (names.Any(d.HasErrorAt) || s["population.from"].Value.At(0) is not null) return;
        var firms = s.Integer("population.firms");
        var perYear = Math.Round(firms * (double)s.Constant("population.entryRate")!, MidpointRounding.AwayFromZero);
        var total = firms + perYear * Math.Max(0, s.Integer("simulation.lastYear") - s.Integer("simulation.firstYear"));
        if (total <= MaxFirms) return;
        Setting[] makers = perYear > 0 ? [s["population.entryRate"], s["population.firms"], s["simulation.lastYear"], s["simulation.firstYear"]] : [s["population.firms"]];
        var blame = makers.FirstOrDefault(m => m.Origin is { Line: 0 })
            ?? (s["population.entryRate"].Origin is not null && perYear > 0 ? s["population.entryRate"] : s["population.firms"]);
        var size = Where(s["population.firms"]);
        var rate = ValueOf(s["population.entryRate"]);
        var entryAt = Where(s["population.entryRate"]);
        d.Error(blame.Origin ?? Nowhere, blame.Definition.Name, new(
            $"{firms:N0} firms ({size}) with their entrants (population.entryRate {rate} a year, {entryAt}) make {total:N0} firms; a population holds at most {MaxFirms:N0}.",
            $"{firms:N0} 家企业（{size}）加上新进入企业（population.entryRate 每年 {rate}，{entryAt}）共 {total:N0} 家；企业总体最多 {MaxFirms:N0} 家。"));
    }

    /// <summary>Where a setting was given, as a user would find it: <c>--set name=value</c>, <c>path:line</c> or <c>default</c>.</summary>
    private static string Where(Setting setting) =>
        setting.Origin is { Line: 0 } option ? $"{option.File} {setting.Definition.Name}={ValueOf(setting)}" : setting.OriginText;

    /// <summary>The most firms a population may hold, entrants included (as <c>population.firms</c> allows on its own).</summary>
    public const int MaxFirms = 100_000_000;

    private static string Years(IReadOnlyList<int> years) => (years.Count == 1 ? "the year " : "the years ") + string.Join(", ", years);

    private static string ValueOf(Setting setting) => Registry.ValueText.Format(setting.Value);

    private static SourceLocation Nowhere => new("(defaults)", 0, 0);
}
