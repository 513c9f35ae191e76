package org.qualitymonth.plan.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.campaign.EditionView;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must send a plan (PLAN-2): derived from the organisation flags the plan names (demonstration cities
 * in the city government's name, China Quality Award winners, provincial authorities), then adjusted by the
 * national administrator, each adjustment with its reason.
 */
@Service
@Transactional
public class ObligationService {

    private final Obligations obligations;
    private final OrganizationLookup organizations;
    private final CampaignCatalog campaign;
    private final PlanProperties properties;
    private final AuditLog audit;

    ObligationService(Obligations obligations, OrganizationLookup organizations, CampaignCatalog campaign,
                      PlanProperties properties, AuditLog audit) {
        this.obligations = obligations;
        this.organizations = organizations;
        this.campaign = campaign;
        this.properties = properties;
        this.audit = audit;
    }

    /** Adds every organisation the flags oblige and that is not yet listed; returns how many were added. */
    public int derive(int year) {
        LocalDate due = defaultDueDate(year);
        int added = 0;
        for (OrganizationSummary organization : organizations.obligedToPlan()) {
            if (!obligations.existsByEditionYearAndOrganizationId(year, organization.id())) {
                obligations.save(new Obligation(year, organization.id(), organization.regionCode(), basis(organization), due, null));
                added++;
            }
        }
        audit.record("obligation.derive", "edition", Integer.toString(year), null, java.util.Map.of("added", added));
        return added;
    }

    public Obligation add(int year, long organizationId, String reason) {
        String why = Text.required(reason, 500, "reason-required", "reason");
        OrganizationSummary organization = organizations.find(organizationId)
                .orElseThrow(() -> BusinessException.notFound("organization.not-found").onField("organizationId"));
        if (obligations.existsByEditionYearAndOrganizationId(year, organizationId)) {
            throw BusinessException.conflict("obligation.exists").onField("organizationId");
        }
        Obligation obligation = obligations.save(new Obligation(year, organizationId, organization.regionCode(), Obligation.Basis.ADDED,
                defaultDueDate(year), why));
        audit.record("obligation.add", "obligation", obligation.id().toString(), null, java.util.Map.of("organization", organizationId, "reason", why));
        return obligation;
    }

    public Obligation exempt(long obligationId, String reason) {
        String why = Text.required(reason, 500, "reason-required", "reason");
        Obligation obligation = obligations.findById(obligationId).orElseThrow(() -> BusinessException.notFound("obligation.not-found"));
        obligation.exempt(why);
        audit.record("obligation.exempt", "obligation", obligation.id().toString(), null, java.util.Map.of("reason", why));
        return obligation;
    }

    @Transactional(readOnly = true)
    public List<Obligation> list(int year) {
        return obligations.findByEditionYearOrderByDueOnAscIdAsc(year);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Obligation> of(int year, long organizationId) {
        return obligations.findByEditionYearAndOrganizationId(year, organizationId);
    }

    @Transactional(readOnly = true)
    public LocalDate defaultDueDate(int year) {
        EditionView edition = campaign.published(year).or(campaign::current)
                .orElseThrow(() -> BusinessException.notFound("edition.not-found"));
        return edition.startsOn().withYear(year).minusDays(properties.dueDaysBeforeStart());
    }

    /** When summaries of the edition are due: a set number of days after the campaign ends. */
    @Transactional(readOnly = true)
    public LocalDate summaryDueDate(int year) {
        EditionView edition = campaign.published(year).or(campaign::current)
                .orElseThrow(() -> BusinessException.notFound("edition.not-found"));
        return edition.endsOn().withYear(year).plusDays(properties.summaryDueDaysAfterEnd());
    }

    private static Obligation.Basis basis(OrganizationSummary organization) {
        if (organization.qualityAward() == QualityAward.WINNER) {
            return Obligation.Basis.AWARD_WINNER;
        }
        return organization.level() == AuthorityLevel.PROVINCIAL ? Obligation.Basis.PROVINCIAL_AUTHORITY
                : Obligation.Basis.DEMONSTRATION_CITY;
    }
}
