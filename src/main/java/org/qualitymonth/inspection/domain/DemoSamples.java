package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.SampleRow.FailedItem;
import org.qualitymonth.organization.OrganizationLookup.EnterpriseRef;

/**
 * Realistic demo samples per key category: product names, brands, models, and the failed items typically
 * reported for that category (with standard clause, measured and required value). About 7% fail, 0.5% refuse.
 */
final class DemoSamples {

    private record Kind(List<String> products, String modelPrefix, List<FailedItem> failures) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "AIR_PURIFIER", new Kind(List.of("家用空气净化器", "车载空气净化器", "新风净化一体机"), "KJ",
                    List.of(new FailedItem("洁净空气量(CADR)", "GB/T 18801-2022 6.3", "212 m³/h", "≥标称值90%(270 m³/h)"),
                            new FailedItem("噪声", "GB/T 18801-2022 6.8", "62.1 dB(A)", "≤58 dB(A)"))),
            "RICE_COOKER", new Kind(List.of("电饭煲", "智能电饭煲", "IH电饭煲"), "FB",
                    List.of(new FailedItem("泄漏电流和电气强度", "GB 4706.1-2005 16", "0.92 mA", "≤0.75 mA"),
                            new FailedItem("输入功率和电流", "GB 4706.1-2005 10", "+18%", "±10%"))),
            "SMART_TOILET_SEAT", new Kind(List.of("智能坐便器盖", "即热式智能马桶盖"), "ZN",
                    List.of(new FailedItem("温水温度", "GB/T 34549-2017 5.3", "43.5 ℃", "≤40 ℃"),
                            new FailedItem("防水等级", "GB 4706.53-2008 15", "IPX2", "IPX4"))),
            "SMARTPHONE", new Kind(List.of("智能手机", "5G智能手机"), "SP",
                    List.of(new FailedItem("比吸收率(SAR)", "GB 21288-2022 4", "2.4 W/kg", "≤2.0 W/kg"),
                            new FailedItem("电池过充保护", "GB 31241-2022 5.2", "起火", "不起火不爆炸"))),
            "BABY_DIAPER", new Kind(List.of("婴儿纸尿裤", "婴儿拉拉裤"), "NK",
                    List.of(new FailedItem("回渗量", "GB/T 28004.1-2021 4.2", "12.6 g", "≤10.0 g"),
                            new FailedItem("pH值", "GB/T 28004.1-2021 4.3", "9.1", "4.0-8.5"))),
            "TOY", new Kind(List.of("毛绒玩具", "塑胶玩具", "电动玩具车"), "WJ",
                    List.of(new FailedItem("小零件", "GB 6675.2-2014 4.4", "脱落小零件", "不得产生小零件"),
                            new FailedItem("增塑剂(邻苯二甲酸酯)", "GB 6675.1-2014 4.6", "0.45%", "≤0.1%"))),
            "CHILDREN_CLOTHING", new Kind(List.of("儿童连衣裙", "婴幼儿连体衣", "儿童卫衣"), "TZ",
                    List.of(new FailedItem("绳带", "GB 31701-2015 5.2", "帽绳长14 cm", "不得有功能性绳带"),
                            new FailedItem("甲醛含量", "GB 18401-2010 6.1", "38 mg/kg", "≤20 mg/kg"))),
            "COOKWARE", new Kind(List.of("不锈钢炒锅", "不粘锅", "铝合金压力锅"), "CJ",
                    List.of(new FailedItem("铅迁移量", "GB 4806.9-2016 4.3", "0.08 mg/kg", "≤0.05 mg/kg"),
                            new FailedItem("蒸发残渣", "GB 4806.10-2016 4.3", "42 mg/dm²", "≤30 mg/dm²"))),
            "BEDDING", new Kind(List.of("蚕丝被", "纯棉四件套", "羽绒被"), "CP",
                    List.of(new FailedItem("纤维含量", "GB/T 29862-2013 4.2", "桑蚕丝62%", "标注100%桑蚕丝"),
                            new FailedItem("耐摩擦色牢度", "GB 18401-2010 6.1", "2级", "≥3级"))),
            "FURNITURE", new Kind(List.of("实木餐桌", "板式衣柜", "办公椅"), "JJ",
                    List.of(new FailedItem("甲醛释放量", "GB 18584-2001 5", "0.28 mg/m³", "≤0.124 mg/m³"),
                            new FailedItem("稳定性", "GB/T 10357.3-2013 4", "倾翻", "不得倾翻"))));

    private static final List<String> BRANDS = List.of("华清", "康居", "优品", "美嘉", "晨光", "佳禾", "恒远", "星辰", "安心", "乐家");
    private static final List<String> INSTITUTIONS = List.of("国家家用电器质量检验检测中心", "浙江省质量科学研究院",
            "江苏省产品质量监督检验研究院", "广东产品质量监督检验研究院", "国家轻工业玩具质量检验检测中心");

    private DemoSamples() {
    }

    static SampleRow sample(Random random, String category, String region, EnterpriseRef maker, String business,
                            LocalDate sampled, String reportNo) {
        Kind kind = KINDS.get(category);
        double roll = random.nextDouble();
        Conclusion conclusion = roll < 0.005 ? Conclusion.REFUSED : roll < 0.075 ? Conclusion.FAIL : Conclusion.PASS;
        List<FailedItem> failed = conclusion != Conclusion.FAIL ? List.of()
                : random.nextInt(4) == 0 ? kind.failures() : List.of(kind.failures().get(random.nextInt(2)));
        String model = kind.modelPrefix() + "-" + (100 + random.nextInt(900)) + (char) ('A' + random.nextInt(6));
        String batch = sampled.minusDays(20 + random.nextInt(120)).toString().replace("-", "");
        return new SampleRow(category, null, kind.products().get(random.nextInt(kind.products().size())),
                BRANDS.get(random.nextInt(BRANDS.size())), model, batch, maker.name(), maker.creditCode(), maker.id(),
                maker.regionCode(), null, business, region, sampled, business, null, region, conclusion,
                INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size())), reportNo, failed, null,
                conclusion == Conclusion.REFUSED ? "拒检" : null);
    }
}
