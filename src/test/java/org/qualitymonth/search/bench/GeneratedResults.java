package org.qualitymonth.search.bench;

import java.time.LocalDate;
import java.util.Random;
import org.qualitymonth.search.domain.ResultDocument;

/**
 * Realistic published results for the search benchmark, generated straight into index documents (no database): the
 * ten key categories with their usual product names and failed items, regional manufacturers with credit codes,
 * models, brands, testing institutions, 6% failing. Document ids start at one billion, clear of real result ids.
 */
public final class GeneratedResults {

    static final long FIRST_ID = 1_000_000_000L;

    private static final String[][] CATEGORIES = {
            {"AIR_PURIFIER", "空气净化器", "家用空气净化器,车载空气净化器,空气净化器,新风净化器,除甲醛空气净化器", "洁净空气量,甲醛去除率,臭氧浓度,噪声,待机功率"},
            {"RICE_COOKER", "电饭煲", "电饭煲,电压力锅,智能电饭煲,IH电饭煲,迷你电饭煲", "泄漏电流,输入功率,发热,接地措施,标志和说明"},
            {"SMART_TOILET_SEAT", "智能马桶盖", "智能马桶盖,智能坐便盖,电子坐便器,即热式智能马桶盖", "防水等级,温升,泄漏电流,水效等级,座圈温度"},
            {"SMARTPHONE", "智能手机", "智能手机,5G智能手机,老年智能手机,折叠屏手机", "电池安全,比吸收率,无线电发射,充电器安全,标志"},
            {"BABY_DIAPER", "儿童纸尿裤", "婴儿纸尿裤,儿童纸尿裤,拉拉裤,婴儿纸尿片", "渗透性能,pH值,荧光性物质,微生物指标,吸水倍率"},
            {"TOY", "儿童玩具", "塑胶玩具,毛绒玩具,电动玩具,益智积木,童车", "小零件,增塑剂,可迁移元素,锐利边缘,标识"},
            {"CHILDREN_CLOTHING", "儿童及婴幼儿服装", "婴幼儿服装,儿童外套,儿童连衣裙,婴儿爬服,校服", "绳带,纤维含量,pH值,甲醛含量,色牢度"},
            {"COOKWARE", "厨具", "不锈钢锅,不粘锅,铁锅,砂锅,高压锅", "迁移量,涂层附着力,重金属,耐热性,标签"},
            {"BEDDING", "床上用品", "四件套,羽绒被,蚕丝被,枕头,床垫", "纤维含量,甲醛含量,含绒量,异味,色牢度"},
            {"FURNITURE", "家具", "实木家具,板式家具,儿童家具,办公椅,沙发", "甲醛释放量,稳定性,耐久性,重金属,阻燃性能"}};
    private static final String[][] PROVINCES = {
            {"330000", "浙江省", "杭州,宁波,温州,嘉兴,金华"}, {"320000", "江苏省", "南京,苏州,无锡,常州,南通"},
            {"440000", "广东省", "广州,深圳,佛山,东莞,中山"}, {"370000", "山东省", "济南,青岛,烟台,潍坊,临沂"},
            {"350000", "福建省", "福州,厦门,泉州,漳州,莆田"}, {"310000", "上海市", "浦东,闵行,嘉定,松江,奉贤"},
            {"110000", "北京市", "朝阳,海淀,丰台,大兴,顺义"}, {"410000", "河南省", "郑州,洛阳,新乡,许昌,南阳"},
            {"420000", "湖北省", "武汉,宜昌,襄阳,荆州,黄石"}, {"510000", "四川省", "成都,绵阳,德阳,宜宾,南充"}};
    private static final String[] WORDS = "美佳,华阳,康达,金秋,海纳,瑞丰,新锐,恒泰,宏图,安心,舒适,明辉,福星,嘉和,永盛,天成".split(",");
    private static final String[] TRADES = "电器,家居,科技,实业,日用品,纺织,制品,智能".split(",");
    private static final String[] INSTITUTIONS = {"浙江省质量科学研究院", "江苏省产品质量监督检验研究院", "广东产品质量监督检验研究院",
            "国家家用电器质量检验检测中心", "上海市质量监督检验技术研究院", "山东省产品质量检验研究院"};

    /** Announcements are dated at the latest on this day: an index holds few results scheduled for a later day. */
    static final LocalDate LAST_ANNOUNCEMENT = LocalDate.of(2026, 11, 30);

    private final Random random;

    public GeneratedResults(long seed) {
        this.random = new Random(seed);
    }

    public ResultDocument next(long n) {
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String[] province = PROVINCES[random.nextInt(PROVINCES.length)];
        String city = pick(province[2]);
        String word = WORDS[random.nextInt(WORDS.length)];
        String manufacturer = city + word + pick(TRADES_JOINED) + "有限公司";
        String product = pick(category[2]);
        String model = model();
        boolean failed = random.nextInt(100) < 6;
        int year = 2024 + random.nextInt(3);
        String creditCode = "91" + province[0].substring(0, 2) + String.format("%04d", random.nextInt(10_000))
                + String.format("%09d", Math.floorMod(n * 7919L, 1_000_000_000L)) + "X";
        String regionCode = province[0].substring(0, 2) + String.format("%02d", 1 + random.nextInt(5)) + "00";
        LocalDate sampled = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
        LocalDate announced = sampled.plusDays(30).isAfter(LAST_ANNOUNCEMENT) ? LAST_ANNOUNCEMENT : sampled.plusDays(30);
        return new ResultDocument(FIRST_ID + n, 1_000_000 + year * 10L + random.nextInt(5), year + "年" + category[1] + "产品质量国家监督抽查",
                year, announced, category[0], category[1], product, word + "牌", model, model,
                manufacturer, creditCode, regionCode, province[0], province[1] + " " + city + "市", sampled,
                failed ? "FAIL" : "PASS", INSTITUTIONS[random.nextInt(INSTITUTIONS.length)],
                "BG" + year + n, failed ? pick(category[3]) : null);
    }

    private static final String TRADES_JOINED = String.join(",", TRADES);

    private String model() {
        return (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + "-" + (100 + random.nextInt(900))
                + (char) ('A' + random.nextInt(26));
    }

    private String pick(String joined) {
        String[] options = joined.split(",");
        return options[random.nextInt(options.length)];
    }
}
