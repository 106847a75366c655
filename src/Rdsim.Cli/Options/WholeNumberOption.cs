using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using Rdsim.Cli.Infrastructure;

namespace Rdsim.Cli.Options;

/// <summary>
/// Reads a whole-number option strictly — decimal digits only, no sign, no hex, not empty — and names the option
/// and the numbers it takes when the value is not one. Spectre.Console.Cli's own converters accept <c>0x10</c> as 16,
/// skip an empty value, and say "Failed to convert '-1' to Nullable`1" without naming the option.
/// </summary>
/// <typeparam name="T">The option's type.</typeparam>
/// <param name="option">The option, e.g. <c>--seed</c>.</param>
/// <param name="min">The smallest value taken.</param>
/// <param name="max">The largest value taken.</param>
/// <param name="example">A value to show, e.g. <c>42</c>.</param>
public abstract class WholeNumberOption<T>(string option, T min, T max, string example) : TypeConverter
    where T : struct, IBinaryInteger<T>
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    /// <inheritdoc />
    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        var text = value as string ?? "";
        if (T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
        var written = text.Length > 40 ? text[..40] + "…" : text;
        var (shown, shownZh) = text.Length == 0 ? ("an empty value", "空值") : ($"'{written}'", $"'{written}'");
        throw Errors.Option(option, new(
            string.Create(CultureInfo.InvariantCulture, $"{shown} is not a whole number from {min:N0} to {max:N0}; write it in decimal digits, e.g. {option} {example}."),
            string.Create(CultureInfo.InvariantCulture, $"{shownZh} 不是 {min:N0} 至 {max:N0} 之间的整数；请用十进制数字书写，例如 {option} {example}。")));
    }
}
