package org.qualitymonth.disposal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.disposal.domain.DisposalTasks.Party;
import org.qualitymonth.inspection.FailedResultRecorded;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;

/** The disposal tasks to open, column by column, as arrays for one {@code unnest} insert. */
final class TaskRows {

    private final List<Long> results = new ArrayList<>();
    private final List<Long> plans = new ArrayList<>();
    private final List<Long> authorities = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final List<String> parties = new ArrayList<>();
    private final List<String> products = new ArrayList<>();
    private final List<String> partyNames = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> deadlines = new ArrayList<>();

    void add(FailedResultRecorded result, OrganizationSummary authority, Party party, String partyName, int deadlineDays) {
        LocalDate on = result.recordedOn();
        results.add(result.resultId());
        plans.add(result.planId());
        authorities.add(authority.id());
        paths.add(authority.path());
        regions.add(authority.regionCode());
        parties.add(party.name());
        products.add(result.productName());
        partyNames.add(partyName);
        opened.add(on.toString());
        deadlines.add(on.plusDays(deadlineDays).toString());
    }

    int size() {
        return results.size();
    }

    Object[] arrays() {
        return new Object[] {results.toArray(Long[]::new), plans.toArray(Long[]::new), authorities.toArray(Long[]::new),
                paths.toArray(String[]::new), regions.toArray(String[]::new), parties.toArray(String[]::new),
                products.toArray(String[]::new), partyNames.toArray(String[]::new), opened.toArray(String[]::new),
                deadlines.toArray(String[]::new)};
    }
}
