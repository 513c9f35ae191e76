package org.qualitymonth.search.domain;

import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * One published result as indexed: text fields analysed by smartcn (and highlightable), codes as normalised keywords
 * for exact matches, the facet fields aggregable. Built from the inspection module's public fields only.
 */
@SearchEntity(name = "Result")
@Indexed(index = "results")
public record ResultDocument(
        @DocumentId long id,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.YES) long planId,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES) String planTitle,
        @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES) int year,
        @GenericField(projectable = Projectable.YES, sortable = Sortable.YES) LocalDate announcedOn,
        @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES) String category,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE) String categoryName,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES,
                highlightable = Highlightable.UNIFIED) String productName,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES,
                highlightable = Highlightable.UNIFIED) String brand,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES,
                highlightable = Highlightable.UNIFIED) String model,
        @KeywordField(normalizer = ChineseAnalysis.CODE) String modelCode,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES,
                highlightable = Highlightable.UNIFIED) String manufacturerName,
        @KeywordField(normalizer = ChineseAnalysis.CODE, projectable = Projectable.YES) String creditCode,
        @KeywordField(projectable = Projectable.YES) String regionCode,
        @KeywordField(aggregable = Aggregable.YES) String province,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE) String regionName,
        @GenericField(projectable = Projectable.YES, sortable = Sortable.YES) LocalDate samplingDate,
        @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES) String conclusion,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES,
                highlightable = Highlightable.UNIFIED) String institution,
        @KeywordField(normalizer = ChineseAnalysis.CODE, projectable = Projectable.YES) String reportNo,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES,
                highlightable = Highlightable.UNIFIED) String failedItems) {
}
