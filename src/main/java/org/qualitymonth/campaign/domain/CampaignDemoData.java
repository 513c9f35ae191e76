package org.qualitymonth.campaign.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/** The previous and the current edition, published, and the materials library. */
@Component
class CampaignDemoData implements DemoDataContributor {

    private final Editions editions;
    private final Materials materials;

    CampaignDemoData(Editions editions, Materials materials) {
        this.editions = editions;
        this.materials = materials;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void seed(long seed, int scale) {
        publish(edition(2025, "坚持质量第一 推进质量强国建设", "Quality First, Building a Quality Powerhouse"));
        publish(edition(2026, "提升供给质量 建设质量强国", "Improving Supply Quality, Building a Quality Powerhouse"));
        materials.saveAll(List.of(
                new Material(null, Material.Kind.LOGO, "全国“质量月”活动标识", "logo.svg", "image/svg+xml"),
                new Material(2026, Material.Kind.POSTER, "2026年全国“质量月”主题海报", "poster-2026-theme.svg", "image/svg+xml"),
                new Material(2026, Material.Kind.POSTER, "消费品质量提升海报", "poster-2026-consumer-goods.svg", "image/svg+xml"),
                new Material(2026, Material.Kind.POSTER, "弘扬工匠精神海报", "poster-2026-craftsmanship.svg", "image/svg+xml"),
                new Material(2026, Material.Kind.PSA, "公益广告横幅", "psa-banner-2026.svg", "image/svg+xml"),
                new Material(2026, Material.Kind.PSA, "30秒公益广告脚本", "psa-script-2026.txt", "text/plain;charset=UTF-8")));
    }

    private void publish(EditionData data) {
        Edition edition = new Edition(data.year());
        edition.apply(data);
        edition.publish();
        editions.save(edition);
    }

    private static EditionData edition(int year, String theme, String themeEn) {
        return new EditionData(year, theme, themeEn, "人人关注质量 共建质量强国",
                LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 30), EditionText.GUIDING_IDEA, EditionText.REQUIREMENTS,
                EditionText.FOCUS_AREAS, List.of(
                        new EditionData.KeyDateData(LocalDate.of(year, 7, 15), "印发全国“质量月”活动方案"),
                        new EditionData.KeyDateData(LocalDate.of(year, 8, 20), "示范城市和获奖企业报送活动方案截止"),
                        new EditionData.KeyDateData(LocalDate.of(year, 9, 1), "全国“质量月”活动启动"),
                        new EditionData.KeyDateData(LocalDate.of(year, 9, 30), "全国“质量月”活动结束"),
                        new EditionData.KeyDateData(LocalDate.of(year, 10, 31), "活动总结及图片、视频报送截止")));
    }
}
