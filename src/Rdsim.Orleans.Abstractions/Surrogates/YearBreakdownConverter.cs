using Rdsim.Model.Aggregation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts a year breakdown to and from its wire form.</summary>
[RegisterConverter]
public sealed class YearBreakdownConverter : IConverter<YearBreakdown, YearBreakdownSurrogate>
{
    /// <inheritdoc />
    public YearBreakdown ConvertFromSurrogate(in YearBreakdownSurrogate s) => new(s.Total, s.BySector, s.BySize, s.ByTaxStatus, s.ByRegion, s.Histogram, s.ManufacturingBySize);

    /// <inheritdoc />
    public YearBreakdownSurrogate ConvertToSurrogate(in YearBreakdown v) => new(v.Total, v.BySector.ToArray(), v.BySize.ToArray(), v.Histogram.ToArray(), v.ByTaxStatus.ToArray(), v.ByRegion.ToArray(), v.ManufacturingBySize.ToArray());
}
