using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Checks on the resolved policy that no single parameter's range can express. The B-index must stay
/// positive: when τ·(1 + s) + c ≥ 1, the incentives pay more than a yuan of R&amp;D costs, desired R&amp;D has
/// no finite optimum, and the model would produce infinities. Such a scenario is refused with the
/// values that cause it, located at the setting most likely to be the slip (a <c>--set</c> before a file's value).
/// </summary>
internal static class PolicyChecks
{
    public static void Run(Scenario scenario, ResolvedSettings settings, DiagnosticBag diagnostics)
    {
        var schedule = scenario.Policy;
        for (var year = schedule.FirstYear; year <= schedule.LastYear; year++)
        {
            var policy = schedule.At(year);
            foreach (var sector in Sectors.All)
            {
                var extra = policy.ExtraRateFor(sector.Id);
                var credit = policy.VolumeCreditRate + policy.IncrementalCreditRate;
                var numerator = 1 - policy.StandardRate * (1 + extra) - credit;
                if (numerator > 0) continue;
                var (name, at) = Culprit(settings, sector.Key);
                var b = $"{numerator / (1 - policy.StandardRate):0.###}";
                diagnostics.Error(at, name, new(
                    $"in {year}, for {sector.Key}, the standard rate {policy.StandardRate} with an extra deduction of {extra} and credits of {credit} " +
                    $"give a B-index of {b} ≤ 0: the incentives would pay more than the R&D costs. " +
                    "Lower one of them so that rate × (1 + extra deduction) + credit < 1.",
                    $"{year}年行业 {sector.Key} 的标准税率 {policy.StandardRate}、加计扣除比例 {extra} 和抵免率 {credit} 使 B指数为 {b} ≤ 0：" +
                    "激励给付将超过研发成本本身。请降低其中之一，使 税率 × (1 + 加计扣除比例) + 抵免率 < 1。"));
                return;
            }
        }
    }

    private static (string Name, SourceLocation At) Culprit(ResolvedSettings settings, string sector)
    {
        string[] suspects =
        [
            "cit.standardRate", $"superDeduction.sectorExtraRate.{sector}", $"superDeduction.sectorExtraRate.{Sectors.ManufacturingGroup}",
            "superDeduction.extraRate", "credit.volumeRate", "credit.incrementalRate",
        ];
        // The most recent edit is the likeliest slip: an override (no line) before anything a file sets, then the suspects in order.
        var set = suspects.Select(name => settings.All.FirstOrDefault(s => s.Definition.Name == name))
            .Where(s => s?.Origin is not null)
            .OrderBy(s => s!.Origin!.Line == 0 ? 0 : 1)
            .FirstOrDefault();
        return set is null ? ("cit.standardRate", new SourceLocation("(defaults)", 0, 0)) : (set.Definition.Name, set.Origin!);
    }
}
