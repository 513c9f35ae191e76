package org.qualitymonth.search.domain;

import java.nio.file.Path;
import java.util.Map;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of published results, opened once (Hibernate Search's standalone POJO mapper: the results are
 * written with JDBC, so nothing is indexed automatically; {@link ResultIndexer} does it on the module's events).
 */
@Component
public class SearchIndex implements DisposableBean {

    private final CloseableSearchMapping mapping;

    @org.springframework.beans.factory.annotation.Autowired
    SearchIndex(SearchProperties properties) {
        this(Path.of(properties.directory()));
    }

    /** An index in the given directory, created if missing; also used by the benchmark outside Spring. */
    public SearchIndex(Path directory) {
        this(directory, ChineseAnalysis.class);
    }

    /** The same index analysed by the given configurer (the benchmark's loader replays repeated texts). */
    public SearchIndex(Path directory, Class<? extends ChineseAnalysis> analysis) {
        this.mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(ResultDocument.class))
                .properties(Map.of(
                        "hibernate.search.backend.type", "lucene",
                        "hibernate.search.backend.directory.root", directory.toAbsolutePath().toString(),
                        "hibernate.search.backend.analysis.configurer", analysis.getName(),
                        "hibernate.search.backend.io.writer.ram_buffer_size", "64",
                        "hibernate.search.schema_management.strategy", "create-or-validate"))
                .build();
    }

    public SearchMapping mapping() {
        return mapping;
    }

    @Override
    public void destroy() {
        mapping.close();
    }
}
