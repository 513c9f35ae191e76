package org.qualitymonth.plan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.organization.Role;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * Replays the 2026 summary season through {@link SummaryService}: summaries written in October in every state
 * (draft, submitted, returned, forwarded, accepted, returned and resubmitted) across the provinces, some with
 * photos. 杭州's is a
 * draft and 宁波's waits for the Zhejiang leading group, so the demo accounts have something to do.
 */
@Component
class SummaryDemoData implements DemoDataContributor {

    private static final int YEAR = 2026;
    private static final String[] ACHIEVEMENTS = {
            "组织重点消费品企业开展对标达标，推广精益制造等先进质量管理方法，一批企业质量指标明显提升。",
            "围绕儿童用品、电器等重点产品开展监督抽查和集中整治，对发现的问题逐一督促整改到位。",
            "举办“质量月”启动仪式和质量开放日，在报刊、电视和政务新媒体集中宣传，营造了重视质量的社会氛围。",
            "组织QC小组成果发表和技术比武，开展质量素养提升培训，一线员工参与热情高。"};

    /** Summaries that get photos: enough for every state to show a gallery, few enough to keep the demo quick. */
    private static final int WITH_PHOTOS = 16;

    private final ObligationService obligations;
    private final SummaryService summaries;
    private final SummaryMedia media;
    private final RouteService route;
    private final OrganizationLookup organizations;

    SummaryDemoData(ObligationService obligations, SummaryService summaries, SummaryMedia media, RouteService route,
                    OrganizationLookup organizations) {
        this.obligations = obligations;
        this.summaries = summaries;
        this.media = media;
        this.route = route;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return 21; // after the plans: the same obligations
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 5);
        List<Obligation> list = obligations.list(YEAR);
        for (int i = 0; i < list.size(); i++) {
            OrganizationSummary organization = organizations.find(list.get(i).organizationId()).orElseThrow();
            String region = organization.regionCode();
            int target = "330100".equals(region) ? 0 : "330200".equals(region) ? 1 : (i + 3) % 8;
            if (target != 7) {
                play(organization, target, i < WITH_PHOTOS || "330100".equals(region) || "330200".equals(region), random);
            }
        }
    }

    /** 0 draft, 1 submitted, 2 returned, 3 forwarded, 4-5 accepted, 6 returned and resubmitted; 7 not started. */
    private void play(OrganizationSummary organization, int target, boolean photos, Random random) {
        Actor submitter = actor(organization, Role.CITY_ADMIN);
        long id = summaries.own(submitter, YEAR).id();
        summaries.save(submitter, id, content(organization.name(), random), null);
        for (int i = 0; photos && i < 2 + random.nextInt(2); i++) {
            media.add(submitter, id, MediaKind.PHOTO, "现场照片" + (i + 1) + ".jpg",
                    new java.io.ByteArrayInputStream(SummaryDemoPhotos.scene(random)));
        }
        if (target == 0) {
            return;
        }
        Instant at = LocalDate.of(YEAR, 10, 8).plusDays(random.nextInt(12)).atTime(9 + random.nextInt(8), random.nextInt(60))
                .toInstant(ZoneOffset.ofHours(8));
        summaries.submit(submitter, id, null, at);
        if (target == 2 || target == 6) {
            decide(id, Decision.RETURN, "数据与附件不一致，请核实参与人数和投入经费后重新报送。", at.plusSeconds(86_400 * 2));
            if (target == 6) {
                summaries.save(submitter, id, content(organization.name(), random), null);
                summaries.submit(submitter, id, null, at.plusSeconds(86_400 * 4));
            }
            return;
        }
        while (target != 1 && route.readableBySystem(id).status().waiting()) {
            ActivityPlan current = route.readableBySystem(id);
            boolean last = current.step() == current.route().size() - 1;
            if (last && target == 3) {
                return;
            }
            at = at.plusSeconds(86_400L * (1 + random.nextInt(3)));
            decide(id, last ? Decision.ACCEPT : Decision.FORWARD, last ? "同意。" : "总结内容翔实，同意转报。", at);
        }
    }

    private static SummaryContent content(String name, Random random) {
        StringBuilder narrative = new StringBuilder("今年“质量月”期间，" + name + "按照活动方案的部署，以“提升供给质量 建设质量强国”为主题，"
                + "精心组织，扎实推进，各项活动取得明显成效。");
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            narrative.append("\n").append(ACHIEVEMENTS[(i + random.nextInt(ACHIEVEMENTS.length)) % ACHIEVEMENTS.length]);
        }
        narrative.append("\n下一步，将总结经验做法，建立质量提升长效机制，推动质量工作常态化。");
        long found = 5 + random.nextInt(80);
        SummaryFigures figures = new SummaryFigures(3L + random.nextInt(40), 500L + random.nextInt(20_000),
                10L + random.nextInt(300), 50L + random.nextInt(3_000), found, found - random.nextInt((int) found / 3 + 1),
                BigDecimal.valueOf(50 + random.nextInt(5_000), 1), 2L + random.nextInt(60));
        return new SummaryContent(name + YEAR + "年“质量月”活动总结", narrative.toString(), figures);
    }

    private void decide(long id, Decision decision, String comment, Instant at) {
        ActivityPlan summary = route.readableBySystem(id);
        OrganizationSummary reviewer = organizations.find(summary.reviewerOrganizationId()).orElseThrow();
        summaries.decide(actor(reviewer, Role.LEADING_GROUP_REVIEWER), id, decision, comment, null, at);
    }

    private static Actor actor(OrganizationSummary organization, Role role) {
        return new Actor(0, "demo", role, organization.id(), organization.path(), organization.regionCode());
    }
}
