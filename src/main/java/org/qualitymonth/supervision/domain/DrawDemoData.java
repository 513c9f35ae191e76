package org.qualitymonth.supervision.domain;

import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.Role;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/** The 2026 national draw: 18 provinces for on-site checks, as at the 2016 launch, with a published seed. */
@Component
class DrawDemoData implements DemoDataContributor {

    private final DrawService draws;
    private final OnsiteCheckService checks;
    private final OrganizationLookup organizations;

    DrawDemoData(DrawService draws, OnsiteCheckService checks, OrganizationLookup organizations) {
        this.draws = draws;
        this.checks = checks;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(long seed, int scale) {
        var national = organizations.nationalAuthority();
        Actor admin = new Actor(0, "admin", Role.NATIONAL_ADMIN, national.id(), national.path(), null);
        Draw draw = draws.draw(admin, 18, "QM2026-" + seed);
        java.util.List<String> drawn = draw.result();
        for (int i = 0; i < 4; i++) {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 9, 8 + i * 3);
            long check = checks.record(admin, draw.id(), drawn.get(i), new OnsiteCheckService.CheckRecord(day,
                    "国家市场监督管理总局督查组：质量发展局、产品质量安全监督管理司",
                    "活动方案印发及时，启动仪式和“质量开放日”如期举办；部分地市宣传物料发放不到位，消费品抽查结果公开不够及时。",
                    i == 0 ? OnsiteCheckService.Rating.EXCELLENT : i == 3 ? OnsiteCheckService.Rating.FAIR : OnsiteCheckService.Rating.GOOD,
                    java.util.List.of(new OnsiteCheckService.Item("督促各地市统一使用活动标识并张贴海报", day.plusDays(20)),
                            new OnsiteCheckService.Item("按期公开本季度消费品监督抽查结果", day.plusDays(30)))));
            if (i < 2) {
                var province = organizations.authorityOf(drawn.get(i)).orElseThrow();
                Actor answerer = new Actor(0, "demo", Role.PROVINCIAL_ADMIN, province.id(), province.path(), province.regionCode());
                checks.ofDraw(draw.id()).stream().filter(c -> c.id() == check).findFirst().orElseThrow().items()
                        .forEach(item -> checks.answer(answerer, item.id(), "已印发通知督促落实，相关情况已于期限内整改完毕。"));
            }
        }
    }
}
