package org.qualitymonth.organization.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.qualitymonth.campaign.ProductCategory;

/**
 * Enterprises spread over cities, weighted towards the manufacturing provinces, over the 10 categories;
 * a few China Quality Award winners and nominees, central enterprises in Beijing, mostly small firms.
 */
class DemoEnterprises {

    /** Relative weight of a province's enterprises, by the first two digits of its code. */
    private static final java.util.Map<String, Integer> WEIGHT = java.util.Map.of(
            "44", 9, "33", 9, "32", 8, "37", 6, "35", 5, "41", 3, "42", 3, "43", 3, "51", 3, "34", 3);

    private final DemoOrganizationWriter writer;
    private final Random random;
    private final List<Region> weightedCities;
    private final Set<String> usedNames = new HashSet<>();

    DemoEnterprises(DemoOrganizationWriter writer, Random random, List<Region> cities) {
        this.writer = writer;
        this.random = random;
        List<Region> weighted = new java.util.ArrayList<>();
        for (Region city : cities) {
            int weight = WEIGHT.getOrDefault(city.code().substring(0, 2), 1);
            for (int i = 0; i < weight; i++) {
                weighted.add(city);
            }
        }
        this.weightedCities = weighted;
    }

    void generate(int count) {
        for (int i = 0; i < count; i++) {
            ProductCategory category = category();
            boolean central = i % 97 == 5;
            Region city = central ? null : weightedCities.get(random.nextInt(weightedCities.size()));
            String region = central ? "110105" : city.code();
            String name = uniqueName(central ? "中国" : DemoNames.shortCity(city.nameZhCn()), category, central);
            String award = i % 151 == 7 ? "WINNER" : i % 23 == 3 ? "NOMINEE" : "NONE";
            String size = central || "WINNER".equals(award) ? "LARGE" : pick(new String[] {"LARGE", "MEDIUM", "MEDIUM",
                    "SMALL", "SMALL", "SMALL", "MICRO", "MICRO", "MICRO", "MICRO"});
            String address = (central ? "北京市朝阳区" : city.nameZhCn()) + pick(new String[] {"经济技术开发区", "高新区", "工业园区", "科技园"})
                    + (random.nextInt(300) + 1) + "号";
            writer.queue("ENTERPRISE", name, DemoNames.creditCode("91", region, random), region, category.name(), award,
                    central, size, address, DemoNames.person(random), DemoNames.phone(random));
        }
        for (int i = 0; i < Math.max(30, count / 60); i++) {
            Region city = weightedCities.get(random.nextInt(weightedCities.size()));
            String name = DemoNames.shortCity(city.nameZhCn()) + pick(new String[] {"经济技术开发区", "高新技术产业开发区", "质量品牌示范园区"});
            if (usedNames.add(name)) {
                writer.queue("PARK", name, null, city.code(), null, "NONE", false, null, city.nameZhCn() + "管委会", null, null);
            }
        }
    }

    private String uniqueName(String place, ProductCategory category, boolean central) {
        String[] industry = DemoNames.INDUSTRY_WORDS[category.ordinal()];
        for (int attempt = 0; ; attempt++) {
            String trade = pick(DemoNames.TRADE_NAMES) + (attempt < 5 ? "" : pick(DemoNames.TRADE_NAMES));
            String suffix = central ? "集团有限公司" : pick(DemoNames.SUFFIXES);
            String name = place + trade + industry[random.nextInt(industry.length)] + suffix;
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    /** Categories weighted roughly by how many producers each has (furniture and clothing many, phones few). */
    private ProductCategory category() {
        int[] weights = {8, 9, 7, 6, 7, 12, 14, 12, 11, 14};
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return ProductCategory.values()[i];
            }
        }
        return ProductCategory.FURNITURE;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
