package org.qualitymonth.search.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qualitymonth.inspection.PublishedResult;
import org.qualitymonth.organization.OrganizationLookup;
import org.springframework.stereotype.Component;

/** Turns a batch of published results into index documents, naming their regions (county, city, province) in one query. */
@Component
class ResultDocuments {

    private final OrganizationLookup organizations;

    ResultDocuments(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    List<ResultDocument> of(List<PublishedResult> results) {
        Set<String> codes = new HashSet<>();
        results.stream().map(PublishedResult::regionCode).filter(Objects::nonNull).filter(c -> c.length() == 6)
                .forEach(c -> codes.addAll(levels(c)));
        Map<String, String> names = codes.isEmpty() ? Map.of() : organizations.regionNames(codes, Locale.SIMPLIFIED_CHINESE);
        List<ResultDocument> documents = new ArrayList<>(results.size());
        for (PublishedResult r : results) {
            String regionName = r.regionCode() == null || r.regionCode().length() != 6 ? null
                    : levels(r.regionCode()).stream().map(names::get).filter(Objects::nonNull).collect(Collectors.joining(" "));
            documents.add(document(r, regionName));
        }
        return documents;
    }

    static ResultDocument document(PublishedResult r, String regionName) {
        return new ResultDocument(r.resultId(), r.planId(), r.planTitle(), r.year(), r.announcedOn(), r.category(),
                r.categoryName(), r.productName(), r.brand(), r.model(), code(r.model()), r.manufacturerName(),
                code(r.creditCode()), r.regionCode(), province(r.regionCode()), regionName, r.samplingDate(),
                r.conclusion().name(), r.institution(), code(r.reportNo()), r.failedItems());
    }

    /** The province of a region code, the facet value ("330000" for "330106"). */
    static String province(String regionCode) {
        return regionCode == null || regionCode.length() < 2 ? null : regionCode.substring(0, 2) + "0000";
    }

    /** A code as kept for exact matches: white space dropped. */
    static String code(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("\\s+", "");
    }

    private static List<String> levels(String code) {
        return Stream.of(code.substring(0, 2) + "0000", code.substring(0, 4) + "00", code).distinct().toList();
    }
}
