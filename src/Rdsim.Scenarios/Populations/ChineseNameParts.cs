using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// The word lists synthetic Chinese company names are built from: regions, trade-name characters and
/// industry words by sector. Bogus's <c>zh_CN</c> locale has no company data, hence these lists.
/// </summary>
public static class ChineseNameParts
{
    /// <summary>The default regions: major cities across China (one is drawn uniformly per firm).</summary>
    public static IReadOnlyList<string> NationalRegions { get; } =
    [
        "北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "宁波", "温州", "绍兴",
        "嘉兴", "台州", "金华", "苏州", "无锡", "常州", "南京", "徐州", "合肥", "武汉",
        "长沙", "成都", "西安", "郑州", "济南", "青岛", "烟台", "潍坊", "厦门", "福州",
        "泉州", "东莞", "佛山", "珠海", "中山", "惠州", "沈阳", "大连", "哈尔滨", "长春",
        "石家庄", "太原", "南昌", "昆明", "贵阳", "南宁", "兰州", "乌鲁木齐", "呼和浩特", "海口",
    ];

    /// <summary>
    /// The English names of <see cref="NationalRegions"/> (pinyin, as the cities write them), for English briefs; a region a
    /// file gives that is not listed keeps its own name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RegionNamesEn { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["北京"] = "Beijing", ["上海"] = "Shanghai", ["天津"] = "Tianjin", ["重庆"] = "Chongqing", ["广州"] = "Guangzhou",
        ["深圳"] = "Shenzhen", ["杭州"] = "Hangzhou", ["宁波"] = "Ningbo", ["温州"] = "Wenzhou", ["绍兴"] = "Shaoxing",
        ["嘉兴"] = "Jiaxing", ["台州"] = "Taizhou", ["金华"] = "Jinhua", ["苏州"] = "Suzhou", ["无锡"] = "Wuxi",
        ["常州"] = "Changzhou", ["南京"] = "Nanjing", ["徐州"] = "Xuzhou", ["合肥"] = "Hefei", ["武汉"] = "Wuhan",
        ["长沙"] = "Changsha", ["成都"] = "Chengdu", ["西安"] = "Xi'an", ["郑州"] = "Zhengzhou", ["济南"] = "Jinan",
        ["青岛"] = "Qingdao", ["烟台"] = "Yantai", ["潍坊"] = "Weifang", ["厦门"] = "Xiamen", ["福州"] = "Fuzhou",
        ["泉州"] = "Quanzhou", ["东莞"] = "Dongguan", ["佛山"] = "Foshan", ["珠海"] = "Zhuhai", ["中山"] = "Zhongshan",
        ["惠州"] = "Huizhou", ["沈阳"] = "Shenyang", ["大连"] = "Dalian", ["哈尔滨"] = "Harbin", ["长春"] = "Changchun",
        ["石家庄"] = "Shijiazhuang", ["太原"] = "Taiyuan", ["南昌"] = "Nanchang", ["昆明"] = "Kunming", ["贵阳"] = "Guiyang",
        ["南宁"] = "Nanning", ["兰州"] = "Lanzhou", ["乌鲁木齐"] = "Urumqi", ["呼和浩特"] = "Hohhot", ["海口"] = "Haikou",
    };

    /// <summary>Auspicious or industrial characters; a trade name (字号) is two distinct ones, e.g. 恒达.</summary>
    public static IReadOnlyList<string> TradeCharacters { get; } =
    [
        "恒", "达", "华", "盛", "博", "创", "精", "科", "信", "瑞",
        "鑫", "宏", "泰", "丰", "源", "兴", "隆", "昌", "新", "诚",
        "德", "天", "远", "海", "金", "康", "力", "威", "安", "正",
        "汇", "邦", "润", "中", "永", "嘉", "佳", "立", "弘", "联",
        "卓", "睿", "航", "宇", "众", "凯", "捷", "亿", "腾", "晟",
    ];

    /// <summary>Industry words (行业表述) that fit each sector, keyed by sector key.</summary>
    public static IReadOnlyDictionary<string, string[]> IndustryWords { get; } = new Dictionary<string, string[]>
    {
        ["electronics"] = ["电子", "电子科技", "通信设备", "光电科技"],
        ["integratedCircuits"] = ["集成电路", "半导体", "微电子"],
        ["machinery"] = ["机械", "精密机械", "重工", "智能装备"],
        ["machineTools"] = ["数控机床", "机床", "精密机床"],
        ["pharmaceuticals"] = ["医药", "制药", "生物医药", "药业"],
        ["chemicals"] = ["化工", "化学", "新材料"],
        ["automotive"] = ["汽车零部件", "汽车配件", "汽车部件"],
        ["electrical"] = ["电气", "电器", "电机"],
        ["textiles"] = ["纺织", "服饰", "针织"],
        ["otherManufacturing"] = ["制造", "实业", "工业", "塑料制品"],
        ["tobacco"] = ["烟草", "卷烟"],
        ["software"] = ["软件", "信息技术", "网络科技", "数据科技"],
        ["researchServices"] = ["科技", "技术服务", "检测技术", "工程技术"],
        ["construction"] = ["建设", "建筑工程", "建工"],
        ["wholesaleRetail"] = ["商贸", "贸易", "商业"],
        ["realEstate"] = ["置业", "房地产开发", "地产"],
        ["accommodationCatering"] = ["餐饮", "酒店管理", "餐饮管理"],
        ["leasingBusinessServices"] = ["商务", "商务服务", "租赁", "企业管理咨询"],
        ["entertainment"] = ["文化娱乐", "娱乐", "文化传媒"],
    };

    /// <summary>The legal form: 股份有限公司 for large firms (<see cref="SizeClass.Large"/> by revenue), else 有限公司.</summary>
    public static string LegalForm(double revenue) =>
        SizeClasses.Of(revenue) == SizeClass.Large ? "股份有限公司" : "有限公司";
}
