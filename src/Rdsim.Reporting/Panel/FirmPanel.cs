using Parquet.Serialization;
using Rdsim.Engine;
using Rdsim.Model.Firms;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Reporting.Panel;

/// <summary>
/// Collects the firm-year panel while an engine runs (as its <see cref="IFirmYearObserver"/>) and writes it
/// as <c>firms.parquet</c>: one row per firm × world × replicate × year, in that order within each year.
/// </summary>
public sealed class FirmPanel(Population population) : IFirmYearObserver
{
    /// <summary>The panel's file name.</summary>
    public const string File = "firms.parquet";

    private readonly List<PanelRow> _rows = [];

    /// <summary>Rows collected so far.</summary>
    public IReadOnlyList<PanelRow> Rows => _rows;

    /// <inheritdoc />
    public void Observe(int replicate, int year, ReadOnlySpan<FirmYearOutcome> scenario, ReadOnlySpan<FirmYearOutcome> counterfactual)
    {
        Add(replicate, year, "scenario", scenario);
        Add(replicate, year, "counterfactual", counterfactual);
    }

    /// <summary>Writes the panel to <paramref name="path"/>, atomically.</summary>
    public void Write(string path) =>
        AtomicFile.Write(path, stream => ParquetSerializer.SerializeAsync(_rows, stream).GetAwaiter().GetResult());

    private void Add(int replicate, int year, string world, ReadOnlySpan<FirmYearOutcome> outcomes)
    {
        for (var id = 0; id < outcomes.Length; id++)
        {
            var o = outcomes[id];
            if (!o.IsActive) continue;   // not yet entered or gone: no row
            var identity = population.Identities[id];
            _rows.Add(new PanelRow
            {
                FirmId = id, Name = identity.Name, Region = identity.Region, Sector = Sectors.All[population.Traits[id].SectorId].Key,
                Year = year, Replicate = replicate, World = world,
                Revenue = o.Revenue, RealRd = o.RealRd, ReportedRd = o.ReportedRd, RelabeledRd = o.RelabeledRd, WindowIntensity = o.WindowIntensity,
                IsHnte = o.IsHnte, HnteEligible = o.MeetsHnteOtherCriteria, IsClaimant = o.IsClaimant, DeductedAmount = o.DeductedAmount, Tax = o.Tax,
                ReliefSuperDeduction = o.ReliefSuperDeduction, ReliefHnte = o.ReliefHnte, ReliefCredit = o.ReliefCredit,
                BIndex = o.BIndex, Knowledge = o.Knowledge, Patents = o.Patents,
            });
        }
    }
}
