package org.qualitymonth.search.domain;

import java.time.LocalDate;
import java.util.StringJoiner;
import org.hibernate.search.engine.backend.types.Aggregable;
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
 * One published result as indexed: its texts analysed by smartcn in one field, codes (credit code, model,
 * report number) as normalised keywords for exact matches, the facet fields aggregable. The plan title and the model
 * as written are only shown, not analysed: segmenting costs indexing time and a model is found by its code.
 */
@SearchEntity(name = "Result")
@Indexed(index = "results")
public record ResultDocument(
        @DocumentId long id,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.YES) long planId,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.NO) String planTitle,
        @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES) int year,
        @GenericField(projectable = Projectable.YES, sortable = Sortable.YES) LocalDate announcedOn,
        @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES) String category,
        String categoryName,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES) String productName,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.NO) String brand,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.NO) String model,
        @KeywordField(normalizer = ChineseAnalysis.CODE) String modelCode,
        @FullTextField(analyzer = ChineseAnalysis.CHINESE, projectable = Projectable.YES) String manufacturerName,
        @KeywordField(normalizer = ChineseAnalysis.CODE, projectable = Projectable.YES) String creditCode,
        @KeywordField(projectable = Projectable.YES) String regionCode,
        @KeywordField(aggregable = Aggregable.YES) String province,
        String regionName,
        @GenericField(projectable = Projectable.YES, sortable = Sortable.YES) LocalDate samplingDate,
        @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES) String conclusion,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.NO) String institution,
        @KeywordField(normalizer = ChineseAnalysis.CODE, projectable = Projectable.YES) String reportNo,
        @GenericField(projectable = Projectable.YES, searchable = Searchable.NO) String failedItems) {

    /**
     * Every searchable text of the result in one analysed field, so that a word is one list of postings to read
     * instead of a union over seven fields: what makes counting a broad word cheap. The product and manufacturer
     * names are also analysed on their own, to rank the results that name the word there first.
     */
    @FullTextField(analyzer = ChineseAnalysis.CHINESE)
    public String getText() {
        StringJoiner text = new StringJoiner("\n");
        for (String part : new String[] {productName, manufacturerName, brand, categoryName, regionName, institution, failedItems}) {
            if (part != null) {
                text.add(part);
            }
        }
        return text.toString();
    }
}
