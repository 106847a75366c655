namespace Rdsim.Model.Firms;

/// <summary>
/// The fixed list of sectors. The list is broad enough for China's policy history: the manufacturing
/// group (200% deduction from 2021), integrated circuits and machine tools (220% from 2023), and every
/// sector on the super-deduction negative list of Caishui [2015] 119.
/// </summary>
public static class Sectors
{
    /// <summary>The group key that stands for every manufacturing sector in sector-keyed parameters.</summary>
    public const string ManufacturingGroup = "manufacturing";

    /// <summary>All sectors, in id order.</summary>
    public static IReadOnlyList<Sector> All { get; } =
    [
        new(0, "electronics", "Electronics & communication equipment", "计算机、通信和其他电子设备制造业", true),
        new(1, "integratedCircuits", "Integrated circuits", "集成电路", true),
        new(2, "machinery", "General & special machinery", "通用和专用设备制造业", true),
        new(3, "machineTools", "Machine tools", "工业母机", true),
        new(4, "pharmaceuticals", "Pharmaceuticals", "医药制造业", true),
        new(5, "chemicals", "Chemicals", "化学原料和化学制品制造业", true),
        new(6, "automotive", "Automotive", "汽车制造业", true),
        new(7, "electrical", "Electrical machinery", "电气机械和器材制造业", true),
        new(8, "textiles", "Textiles & apparel", "纺织服装业", true),
        new(9, "otherManufacturing", "Other manufacturing", "其他制造业", true),
        new(10, "tobacco", "Tobacco products", "烟草制品业", true),
        new(11, "software", "Software & IT services", "软件和信息技术服务业", false),
        new(12, "researchServices", "Research & technical services", "科学研究和技术服务业", false),
        new(13, "construction", "Construction", "建筑业", false),
        new(14, "wholesaleRetail", "Wholesale & retail", "批发和零售业", false),
        new(15, "realEstate", "Real estate", "房地产业", false),
        new(16, "accommodationCatering", "Accommodation & catering", "住宿和餐饮业", false),
        new(17, "leasingBusinessServices", "Leasing & business services", "租赁和商务服务业", false),
        new(18, "entertainment", "Entertainment", "娱乐业", false),
    ];

    /// <summary>Number of sectors.</summary>
    public static int Count => All.Count;

    /// <summary>Finds a sector by its key (case-sensitive, as written in scenario files).</summary>
    public static Sector? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// The sectors a key selects: one sector, or every manufacturing sector for <see cref="ManufacturingGroup"/>.
    /// Returns an empty list for an unknown key.
    /// </summary>
    public static IReadOnlyList<Sector> Select(string key) =>
        key == ManufacturingGroup
            ? All.Where(s => s.IsManufacturing).ToList()
            : Find(key) is { } sector ? [sector] : [];
}
