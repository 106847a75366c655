namespace Rdsim.Scenarios.Populations;

/// <summary>One valid row of a population CSV file; null means the value was not given.</summary>
internal sealed record CsvFirmRow(
    int Line,
    string? ExternalId,
    string? Name,
    string? Region,
    int SectorId,
    double Revenue,
    double? Margin,
    double? LatentIntensity,
    double? HighTechShare,
    double? RdStaffShare,
    bool? CoreIp,
    bool? HighTechIndustry,
    int? EntryYear,
    int? ExitYear,
    int? Weight);
