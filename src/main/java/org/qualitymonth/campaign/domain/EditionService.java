package org.qualitymonth.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.campaign.EditionView;
import org.qualitymonth.campaign.MaterialView;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, edits and publishes editions; answers the public's questions about published ones. */
@Service
@Transactional
public class EditionService implements CampaignCatalog {

    private final Editions editions;
    private final Materials materials;
    private final AuditLog audit;

    EditionService(Editions editions, Materials materials, AuditLog audit) {
        this.editions = editions;
        this.materials = materials;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditionView> current() {
        return editions.findFirstByStatusOrderByYearDesc(Edition.Status.PUBLISHED).map(Edition::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditionView> published(int year) {
        return editions.findByYearAndStatus(year, Edition.Status.PUBLISHED).map(Edition::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> publishedYears() {
        return editions.findByStatusOrderByYearDesc(Edition.Status.PUBLISHED).stream().map(Edition::year).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EditionView> publishedEditions() {
        return editions.findByStatusOrderByYearDesc(Edition.Status.PUBLISHED).stream().map(Edition::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaterialView> materials() {
        return materials.findAllByOrderByEditionYearDescKindAscIdAsc().stream().map(Material::view).toList();
    }

    @Transactional(readOnly = true)
    public List<EditionView> all() {
        return editions.findAllByOrderByYearDesc().stream().map(Edition::view).toList();
    }

    @Transactional(readOnly = true)
    public EditionView get(int year) {
        return find(year).view();
    }

    @Transactional(readOnly = true)
    public EditionData data(int year) {
        return find(year).data();
    }

    public EditionView create(EditionData data) {
        check(data);
        if (editions.findByYear(data.year()).isPresent()) {
            throw BusinessException.conflict("edition.year-taken", data.year()).onField("year");
        }
        Edition edition = new Edition(data.year());
        edition.apply(data);
        editions.saveAndFlush(edition);
        audit.record("edition.create", "edition", Integer.toString(data.year()), null, edition.data());
        return edition.view();
    }

    /** Next year's draft, starting from the latest edition's content and dates moved by a year. */
    public EditionView createNext() {
        Edition latest = editions.findFirstByOrderByYearDesc()
                .orElseThrow(() -> BusinessException.notFound("edition.not-found"));
        EditionData from = latest.data();
        EditionData next = new EditionData(from.year() + 1, from.theme(), from.themeEn(), from.slogan(),
                from.startsOn().plusYears(1), from.endsOn().plusYears(1), from.guidingIdea(), from.requirements(),
                from.focusAreas(), from.keyDates().stream()
                        .map(d -> new EditionData.KeyDateData(d.date().plusYears(1), d.label())).toList());
        return create(next);
    }

    public EditionView update(int year, EditionData data, Long expectedVersion) {
        Edition edition = find(year);
        if (expectedVersion != null && expectedVersion != edition.version()) {
            throw BusinessException.conflict("stale");
        }
        if (data.year() != year) {
            throw BusinessException.invalid("edition.year-fixed").onField("year");
        }
        check(data);
        EditionData before = edition.data();
        edition.apply(data);
        audit.record("edition.update", "edition", Integer.toString(year), before, data);
        return edition.view();
    }

    public EditionView publish(int year) {
        Edition edition = find(year);
        if (edition.status() == Edition.Status.PUBLISHED) {
            throw BusinessException.conflict("edition.already-published");
        }
        edition.publish();
        audit.record("edition.publish", "edition", Integer.toString(year), null, null);
        return edition.view();
    }

    private Edition find(int year) {
        return editions.findByYear(year).orElseThrow(() -> BusinessException.notFound("edition.not-found"));
    }

    private static void check(EditionData data) {
        String refusal = EditionRules.check(data);
        if (refusal != null) {
            throw BusinessException.invalid(refusal).onField(refusal.equals("edition.date-outside") ? "keyDates" : "startsOn");
        }
    }
}
