package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.inspection.Conclusion;

/**
 * One sample and its result in canonical form, as an import row or the demo generator produces it, with
 * the manufacturer already matched ({@code manufacturerId} may stay {@code null}).
 */
public record SampleRow(String category, String categoryName, String productName, String brand, String model,
                        String batch, String manufacturerName, String manufacturerCreditCode, Long manufacturerId,
                        String manufacturerRegion, String manufacturerAddress, String businessName, String businessRegion,
                        LocalDate samplingDate, String samplingPlace, Integer quantity, String regionCode,
                        Conclusion conclusion, String institution, String reportNo, List<FailedItem> failedItems,
                        String retestInstitution, String remarks) {

    /** A failed test item: the item, the standard clause, the measured and the required value. */
    public record FailedItem(String item, String clause, String measured, String required) {
    }

    public String failedItemsText() {
        return failedItems.isEmpty() ? null
                : String.join("；", failedItems.stream().map(FailedItem::item).toList());
    }

    /** The natural key of docs/inspection-import.md, unique within a plan. */
    public String naturalKey() {
        return NaturalKey.of(this);
    }

    /** The same row with its manufacturer matched to a known enterprise. */
    public SampleRow matched(long enterpriseId, String creditCode, String enterpriseRegion) {
        return new SampleRow(category, categoryName, productName, brand, model, batch, manufacturerName, creditCode,
                enterpriseId, enterpriseRegion, manufacturerAddress, businessName, businessRegion, samplingDate,
                samplingPlace, quantity, regionCode, conclusion, institution, reportNo, failedItems, retestInstitution, remarks);
    }
}
