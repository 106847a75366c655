using Rdsim.Calibration.Targets;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Metrics;

/// <summary>The targets of a file split into those the model produces (fitted) and the rest (listed, ignored).</summary>
/// <param name="Fitted">Targets with a simulated metric, in file order.</param>
/// <param name="Ignored">Targets the model cannot produce, with reasons.</param>
public sealed record TargetMapping(IReadOnlyList<MappedTarget> Fitted, IReadOnlyList<IgnoredTarget> Ignored)
{
    /// <summary>Maps every target by name (<see cref="MetricCatalog"/>).</summary>
    /// <param name="targets">The targets, as read.</param>
    /// <param name="file">The targets file, for messages.</param>
    /// <exception cref="InputException">No target can be fitted, or a fitted target is not positive (errors use log ratios).</exception>
    public static TargetMapping Of(IReadOnlyList<Target> targets, string file)
    {
        var fitted = new List<MappedTarget>();
        var ignored = new List<IgnoredTarget>();
        var errors = new List<Diagnostic>();
        foreach (var target in targets)
        {
            var bound = MetricCatalog.FindUpperBound(target.Metric);
            if ((MetricCatalog.Find(target.Metric) ?? bound) is not { } metric)
            {
                if (MetricCatalog.KnownUnsupported.TryGetValue(target.Metric, out var why)) ignored.Add(new IgnoredTarget(target, why));
                else errors.Add(Unknown(target, file));
            }
            else if (!(target.Value > 0))
            {
                errors.Add(Diagnostic.Error(file, target.Line, 1, target.Metric,
                    new($"A fitted target must be positive; found {target.Value}.", $"用于校准的目标值必须为正；实际为 {target.Value}。")));
            }
            else
            {
                fitted.Add(new MappedTarget(target, metric, IsUpperBound: bound is not null));
            }
        }
        if (fitted.Count == 0 && errors.Count == 0)
        {
            var names = string.Join(", ", targets.Select(t => t.Metric));
            const string known = "hnte_firms, relief_hnte, claimants, deducted_amount, relief_super_deduction, hnte_newly_certified, revenue, high_tech_revenue, high_tech_share";
            errors.Add(Diagnostic.Error(file, 0, 0, "", new($"No target is a metric rdsim produces (found {names}); known names include {known}.",
                $"没有一个目标是 rdsim 输出的指标（实际为 {names}）；已知指标包括 {known}。")));
        }
        if (errors.Count > 0) throw new InputException(errors);
        return new TargetMapping(fitted, ignored);
    }

    /// <summary>A name that is neither a metric nor a figure known to be out of the model's reach: a typo, most likely.</summary>
    private static Diagnostic Unknown(Target target, string file)
    {
        var written = Excerpt.Of(target.Metric);
        var suggestion = MetricCatalog.Suggest(target.Metric) is { } best ? new Bilingual($" (did you mean '{best}'?)", $"（是否想写 '{best}'？）") : Bilingual.Same("");
        return Diagnostic.Error(file, target.Line, 1, "metric", new Bilingual($"no rdsim metric '{written}'", $"rdsim 没有指标 '{written}'") + suggestion
            + new Bilingual("; docs/targets.md lists the names a targets file may use, those of figures the model cannot produce among them.",
                "；docs/targets.md 列出了校准目标文件可用的名称，包括模型无法产生的数字的名称。"));
    }
}
