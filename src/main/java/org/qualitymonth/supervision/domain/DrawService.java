package org.qualitymonth.supervision.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws units for on-site checks (SUP-2): the national administration draws provinces, a province draws
 * its cities. The seed is given or generated, and published with the candidates and the result.
 */
@Service
@Transactional
public class DrawService {

    private final Draws draws;
    private final OrganizationLookup organizations;
    private final CampaignCatalog campaign;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DrawService(Draws draws, OrganizationLookup organizations, CampaignCatalog campaign, AuditLog audit, Clock clock) {
        this.draws = draws;
        this.organizations = organizations;
        this.campaign = campaign;
        this.audit = audit;
        this.clock = clock;
    }

    public Draw draw(Actor actor, int count, String requestedSeed) {
        String scope = actor.scopeRegionCode() == null ? null : actor.scopeRegionCode().substring(0, 2) + "0000";
        List<String> candidates = organizations.regionsWithAuthorityBelow(scope);
        if (count < 1 || count > candidates.size()) {
            throw BusinessException.invalid("draw.count", candidates.size()).onField("count");
        }
        String seed = requestedSeed == null || requestedSeed.isBlank() ? HexFormat.of().formatHex(random.generateSeed(8))
                : requestedSeed.strip();
        if (!seed.matches("[A-Za-z0-9-]{1,64}")) {
            throw BusinessException.invalid("draw.seed").onField("seed");
        }
        int year = campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
        Draw draw = draws.save(new Draw(year, scope, candidates, count, seed, RandomDraw.draw(seed, candidates, count),
                actor.username(), clock.instant()));
        audit.record("draw.create", "draw", draw.id().toString(), null,
                java.util.Map.of("seed", seed, "count", count, "result", draw.result()));
        return draw;
    }

    @Transactional(readOnly = true)
    public List<Draw> published() {
        return draws.findAllByOrderByDrawnAtDesc();
    }

    @Transactional(readOnly = true)
    public Draw get(long id) {
        return draws.findById(id).orElseThrow(() -> BusinessException.notFound("draw.not-found"));
    }
}
