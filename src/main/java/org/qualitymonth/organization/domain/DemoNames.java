package org.qualitymonth.organization.domain;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.qualitymonth.shared.CreditCode;

/** Name material for realistic demo organisations, and valid credit codes. */
final class DemoNames {

    static final Set<String> DEMONSTRATION_CITIES = Set.of("杭州市", "宁波市", "南京市", "苏州市", "无锡市", "青岛市", "厦门市",
            "深圳市", "广州市", "佛山市", "成都市", "武汉市", "长沙市", "合肥市", "郑州市", "西安市", "济南市", "福州市", "泉州市",
            "温州市", "嘉兴市", "常州市", "烟台市", "大连市", "沈阳市", "长春市", "哈尔滨市", "南昌市", "昆明市", "贵阳市",
            "南宁市", "石家庄市", "太原市", "呼和浩特市", "兰州市", "银川市", "西宁市", "乌鲁木齐市", "海口市", "拉萨市");

    /** Hangzhou and Nanjing get county-level bureaus so county administrators have a real scope. */
    static final Set<String> CITIES_WITH_COUNTY_BUREAUS = Set.of("330100", "320100");

    static final List<String> ASSOCIATIONS = List.of("中国质量协会", "中国标准化协会", "中国质量检验协会", "中国认证认可协会",
            "中国品牌建设促进会", "中国家用电器协会", "中国玩具和婴童用品协会", "中国家具协会", "中国家用纺织品行业协会",
            "中国服装协会", "中国五金制品协会", "中国建筑卫生陶瓷协会", "中国造纸协会", "中国通信企业协会", "中国轻工业联合会",
            "中国电子信息行业联合会", "中国纺织工业联合会", "中国日用杂品工业协会", "中国环境保护产业协会", "中国消费品质量安全促进会");

    static final String[] TRADE_NAMES = {"华瑞", "恒盛", "金鼎", "永兴", "创维达", "佳禾", "瑞丰", "鸿远", "德力", "安泰",
            "宏图", "新锐", "精工", "卓越", "天成", "益康", "博雅", "康宁", "星海", "嘉利", "宝隆", "汇通", "福瑞", "盛世",
            "立信", "和泰", "锦程", "远航", "东升", "怡家", "乐童", "贝佳", "舒雅", "雅居", "美丰", "荣昌", "诚信", "鑫源",
            "明辉", "华美", "同创", "正泰", "富康", "国泰", "中兴", "长城", "晨光", "绿源", "清风", "聚力"};

    static final String[][] INDUSTRY_WORDS = {
            {"环境科技", "净化设备", "环保电器"},        // AIR_PURIFIER
            {"电器", "厨房电器", "家用电器"},            // RICE_COOKER
            {"卫浴", "智能洁具", "卫浴科技"},            // SMART_TOILET_SEAT
            {"通讯科技", "移动通信", "智能终端"},        // SMARTPHONE
            {"卫生用品", "护理用品", "母婴用品"},        // BABY_DIAPER
            {"玩具", "文教玩具", "婴童用品"},            // TOY
            {"童装", "服饰", "针织服装"},                // CHILDREN_CLOTHING
            {"厨具", "五金制品", "不锈钢制品"},          // COOKWARE
            {"家纺", "纺织品", "床上用品"},              // BEDDING
            {"家具", "家居", "木业"}};                   // FURNITURE

    static final String[] SUFFIXES = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"};

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "志强", "海燕"};

    private DemoNames() {
    }

    static String leadingGroup(String province) {
        return province + "质量强省工作领导小组";
    }

    /** Municipalities' city rows and provincially administered county groups have no bureau of their own. */
    static boolean hasOwnAuthority(Region city) {
        String code = city.code();
        boolean municipality = code.startsWith("11") || code.startsWith("12") || code.startsWith("31") || code.startsWith("50");
        return !municipality && !city.nameZhCn().contains("直辖");
    }

    static String shortCity(String city) {
        String name = city.replaceAll("(市|地区|盟)$", "");
        int autonomous = name.indexOf("族自治州");
        if (autonomous > 0) {
            name = name.substring(0, Math.min(2, name.length()));
        }
        return name;
    }

    static String person(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    static String phone(Random random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /**
     * A valid 统一社会信用代码: registering authority and kind, region, a GB 11714 organisation code with its
     * own check character, and the GB 32100 check character.
     */
    static String creditCode(String prefix, String region, Random random) {
        StringBuilder org = new StringBuilder();
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 8; i++) {
            org.append(i < 2 && random.nextInt(4) == 0 ? chars.charAt(10 + random.nextInt(21)) : (char) ('0' + random.nextInt(10)));
        }
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = org.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i];
        }
        int check = 11 - sum % 11;
        org.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        String body = prefix + region + org;
        return body + CreditCode.checkCharacter(body);
    }
}
