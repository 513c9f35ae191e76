package org.qualitymonth.organization.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qualitymonth.organization.Role;
import org.qualitymonth.platform.DemoDataContributor;
import org.qualitymonth.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo organisations: the national administration, every provincial and city authority, the county
 * authorities of two cities, each province's leading group, national associations, enterprises with valid
 * credit codes over provinces and categories, parks, and one account per role.
 */
@Component
class OrganizationDemoData implements DemoDataContributor {

    static final String DEMO_PASSWORD = "Demo@2026";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final PasswordEncoder passwords;

    OrganizationDemoData(JdbcClient jdbc, Regions regions, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.passwords = passwords;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed);
        DemoOrganizationWriter writer = new DemoOrganizationWriter(jdbc);
        long national = writer.authority(null, "国家市场监督管理总局", null, "NATIONAL", "/");
        String nationalPath = "/" + national + "/";
        List<Region> provinces = regions.findByLevelOrderByCode(RegionCode.Level.PROVINCE).stream()
                .filter(p -> p.code().compareTo("710000") < 0).toList();
        for (Region province : provinces) {
            long bureau = writer.authority(national, province.nameZhCn() + "市场监督管理局", province.code(), "PROVINCIAL", nationalPath);
            String provincePath = nationalPath + bureau + "/";
            writer.leadingGroup(bureau, DemoNames.leadingGroup(province.nameZhCn()), province.code(), provincePath);
            for (Region city : regions.findByParentCodeOrderByCode(province.code())) {
                if (DemoNames.hasOwnAuthority(city)) {
                    long cityBureau = writer.authority(bureau, city.nameZhCn() + "市场监督管理局", city.code(), "CITY", provincePath,
                            DemoNames.DEMONSTRATION_CITIES.contains(city.nameZhCn()));
                    if (DemoNames.CITIES_WITH_COUNTY_BUREAUS.contains(city.code())) {
                        String cityPath = provincePath + cityBureau + "/";
                        for (Region county : regions.findByParentCodeOrderByCode(city.code())) {
                            writer.authority(cityBureau, city.nameZhCn() + county.nameZhCn() + "市场监督管理局", county.code(), "COUNTY", cityPath);
                        }
                    }
                }
            }
        }
        DemoNames.ASSOCIATIONS.forEach(name -> writer.association(national, name, nationalPath, random));
        List<Region> cities = new ArrayList<>();
        for (Region province : provinces) {
            cities.addAll(regions.findByParentCodeOrderByCode(province.code()).stream()
                    .filter(c -> !c.nameZhCn().contains("直辖")).toList());
        }
        new DemoEnterprises(writer, random, cities).generate(2_000 * Math.max(1, scale));
        writer.flush();
        writer.fixPaths();
        users(writer);
    }

    private void users(DemoOrganizationWriter writer) {
        String hash = passwords.encode(DEMO_PASSWORD);
        Map<String, Object[]> accounts = new java.util.LinkedHashMap<>();
        accounts.put("admin", new Object[] {"王建国", Role.NATIONAL_ADMIN, "select id from organization where authority_level = 'NATIONAL'"});
        accounts.put("zhejiang.admin", new Object[] {"陈晓燕", Role.PROVINCIAL_ADMIN, "select id from organization where type = 'AUTHORITY' and region_code = '330000'"});
        accounts.put("jiangsu.admin", new Object[] {"周立新", Role.PROVINCIAL_ADMIN, "select id from organization where type = 'AUTHORITY' and region_code = '320000'"});
        accounts.put("panel.expert", new Object[] {"刘振华", Role.COMMENDATION_PANEL, "select id from organization where authority_level = 'NATIONAL'"});
        accounts.put("panel.expert2", new Object[] {"黄素梅", Role.COMMENDATION_PANEL, "select id from organization where authority_level = 'NATIONAL'"});
        accounts.put("zhejiang.reviewer", new Object[] {"林志强", Role.LEADING_GROUP_REVIEWER, "select id from organization where type = 'LEADING_GROUP' and region_code = '330000'"});
        accounts.put("hangzhou.admin", new Object[] {"张明华", Role.CITY_ADMIN, "select id from organization where type = 'AUTHORITY' and region_code = '330100'"});
        accounts.put("xihu.admin", new Object[] {"李静", Role.COUNTY_ADMIN, "select id from organization where type = 'AUTHORITY' and region_code = '330106'"});
        accounts.put("cqa.user", new Object[] {"赵文博", Role.ASSOCIATION_USER, "select id from organization where name = '中国质量协会'"});
        accounts.put("enterprise.user", new Object[] {"孙丽娟", Role.ENTERPRISE_USER,
                "select id from organization where type = 'ENTERPRISE' and region_code like '3301%' order by id limit 1"});
        accounts.forEach((username, row) -> {
            long organizationId = jdbc.sql((String) row[2]).query(Long.class).single();
            jdbc.sql("insert into app_user (username, password_hash, display_name, role, organization_id, email) values (?, ?, ?, ?, ?, ?)")
                    .params(username, hash, row[0], ((Role) row[1]).name(), organizationId, username + "@demo.qualitymonth.cn")
                    .update();
        });
    }
}
