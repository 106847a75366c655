namespace Rdsim.Reporting.Compare;

/// <summary>The comparison brief's texts in Simplified Chinese (简体中文).</summary>
public static class CompareTextChinese
{
    /// <summary>The texts.</summary>
    public static CompareText Text { get; } = new()
    {
        Title = "“{0}”与“{1}”的比较",
        NameSeparator = "”、“",
        Lead = "各情景均采用基准情景的随机种子（共同随机数：相同的企业和冲击），因此各项差异仅来自政策变化。数值为各次重复模拟的均值，金额单位为百万元。",
        Summary = "概要",
        Difference = "“{0}”减“{1}”",
        ParametersDiffer = "“{0}”改变的参数",
        Standing = "结果的可信程度",
        NoParameterDiffers = "与基准情景相比没有参数不同。",
        Span = "年份",
        DeltaInduced = "带动的实际研发之差",
        DeltaForgone = "税收损失之差",
        MarginalBang = "边际带动效应（带动研发之差 ÷ 税收损失之差）",
        Relabelled = "虚报比例：基准 → 情景",
        Deadweight = "无谓损失比例：基准 → 情景",
        DeltaHnte = "高新技术企业数之差",
        DeltaClaimants = "享受加计扣除企业数之差",
        TableNote = "单位：百万元；情景减基准，各次重复模拟的均值。第一行中带动的研发和税收损失为各年合计，高新技术企业数和享受加计扣除企业数为{0}年的数值。单年的边际带动效应是两个差值之比：税收损失变化很小的年份，该比值很大但说明不了多少问题。",
        Parameter = "参数",
        Years = "年份",
        BaselineValue = "基准",
        ScenarioValue = "情景",
        Unit = "单位",
        EveryYear = "各年",
        Sentence = "{3}年，与“{1}”相比，“{0}”{2}，{4}{5}。",
        RdMore = "累计带动的实际研发增加{0}百万元",
        RdLess = "累计带动的实际研发减少{0}百万元",
        RdSame = "累计带动的实际研发不变",
        ForgoneMore = "税收损失增加{0}百万元",
        ForgoneLess = "税收损失减少{0}百万元",
        ForgoneSame = "税收损失不变",
        PerExtraYuan = "：每增加1元税收损失带动研发{0}元",
        PerYuanSaved = "：每减少1元税收损失，研发减少{0}元",
        AgainstBaseline = "，{0}基准每元税收损失带动的{1}元",
        MoreForLess = "：以更少的税收损失带动了更多研发",
        Above = "高于",
        Below = "低于",
        Equal = "等于",
        Shares = "{0}为{1}（基准为{2}）；{3}为{4}（基准为{5}）。",
        Counts = "{0}年，与基准相比，高新技术企业数{1}家，享受加计扣除的企业数{2}家。",
        Fingerprint = "结果指纹 {0} · 情景哈希 {1}",
    };
}
