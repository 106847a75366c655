using System.Globalization;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// One parameter of a sensitivity analysis and the two ends it is set to, one at a time, the rest of the scenario
/// unchanged: <c>--vary name=low,high</c>, or by default each parameter the registry marks uncertain
/// (<see cref="ParameterDefinition.Uncertain"/>) at the ends of its advisory range.
/// </summary>
/// <param name="Name">Dotted parameter name.</param>
/// <param name="Low">The low end, as a scenario file would write it.</param>
/// <param name="High">The high end.</param>
public sealed record SensitivitySpec(string Name, string Low, string High)
{
    /// <summary>The registry's uncertain parameters, each at the ends of its advisory range, in registry order.</summary>
    public static IReadOnlyList<SensitivitySpec> Defaults { get; } =
        [.. ParameterRegistry.All.Where(p => p.Uncertain).Select(p => new SensitivitySpec(p.Name, Text(p.Advisory!.Min), Text(p.Advisory.Max)))];

    /// <summary>Parses <c>--vary name=low,high</c>: a known numeric parameter and two numbers, low first, both in its valid range.</summary>
    /// <exception cref="InputException">Malformed, unknown or not numeric parameter, not two numbers, or a value outside the valid range.</exception>
    public static SensitivitySpec Parse(string text, string source = "--vary")
    {
        var vary = VarySpec.Parse(text, source);
        var definition = ParameterRegistry.Find(vary.Name)!;
        if (definition.Section == "simulation")
        {
            // Every run keeps the base's years, seed and replications: that is what makes the differences the parameter's.
            throw Error(source, vary.Name, new(
                "the sensitivity runs keep the base scenario's years, seed and replications (common random numbers); vary a behaviour, policy or population parameter.",
                "敏感性分析沿用基准情景的年份、随机种子和重复模拟次数（共同随机数）；请改变行为、政策或企业总体参数。"));
        }
        if (vary.Name is "population.firms" or "population.weight")
        {
            // The size of the sample and what each firm stands for are not assumptions about behaviour: their ends would scale
            // the totals (and, for the count, change which firms there are), so a tornado of them would claim what it is not.
            throw Error(source, vary.Name, new(
                $"{vary.Name} sets how many enterprises the firms stand for, not an assumption about them: its ends would only scale the totals; "
                + $"to see how the results depend on the number of synthetic firms, use rdsim sweep --vary {vary.Name}=….",
                $"{vary.Name} 决定模拟企业代表多少家企业，而不是关于企业行为的假设：取其两端只会按比例放大或缩小总量；"
                + $"如需了解结果对模拟企业数量的依赖，请用 rdsim sweep --vary {vary.Name}=…。"));
        }
        if (definition.Kind is not (ParameterKind.Number or ParameterKind.Integer))
        {
            throw Error(source, vary.Name, new($"a sensitivity varies numbers; {vary.Name} is not a number.", $"敏感性分析只改变数值参数；{vary.Name} 不是数值。"));
        }
        if (vary.Values.Count != 2) throw Error(source, vary.Name, new($"'{text}': give the two ends of the range, name=low,high (e.g. {vary.Name}=0.5,1.5).",
            $"'{text}'：请给出区间的两端，名称=低值,高值（例如 {vary.Name}=0.5,1.5）。"));
        var ends = vary.Values.Select(v => Number(source, vary.Name, v)).ToArray();
        foreach (var end in ends.Where(e => definition.Valid is { } valid && !valid.Contains(e)))
        {
            throw Error(source, vary.Name, new($"{Text(end)} is outside the valid range {definition.Valid}.", $"{Text(end)} 超出有效范围 {definition.Valid}。"));
        }
        if (!(ends[0] < ends[1])) throw Error(source, vary.Name, new($"'{text}': the low end must come first and be below the high end.", $"'{text}'：低值必须在前，且小于高值。"));
        return new SensitivitySpec(vary.Name, vary.Values[0], vary.Values[1]);
    }

    /// <summary>The value of one end.</summary>
    public string At(SensitivityEnd end) => end == SensitivityEnd.Low ? Low : High;

    /// <summary>The change that sets the parameter to <paramref name="end"/>, reported against <paramref name="origin"/>.</summary>
    public ScenarioChange Change(SensitivityEnd end, string origin = "--vary") => ScenarioChange.Parse(Name, At(end), origin);

    /// <summary>As written on the command line: <c>name=low,high</c>.</summary>
    public override string ToString() => $"{Name}={Low},{High}";

    private static double Number(string source, string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            ? x
            : throw Error(source, name, new($"'{value}' is not a number.", $"'{value}' 不是数。"));

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static InputException Error(string source, string path, Bilingual message) => new(Diagnostic.Error(source, 0, 0, path, message));
}
