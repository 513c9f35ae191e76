package org.qualitymonth.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
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

    /** The documents' layout: raised when their fields change, so that an index written before is rebuilt at start. */
    static final String LAYOUT = "2";

    private final CloseableSearchMapping mapping;
    private final Path layoutFile;
    private final AtomicReference<LocalDate> latestAnnouncement;

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
        this.layoutFile = directory.resolve("layout");
        this.mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(ResultDocument.class))
                .properties(Map.of(
                        "hibernate.search.backend.type", "lucene",
                        "hibernate.search.backend.directory.root", directory.toAbsolutePath().toString(),
                        "hibernate.search.backend.analysis.configurer", analysis.getName(),
                        "hibernate.search.backend.io.writer.ram_buffer_size", "64",
                        "hibernate.search.schema_management.strategy", "create-or-validate"))
                .build();
        this.latestAnnouncement = new AtomicReference<>(latestIndexedAnnouncement());
    }

    public SearchMapping mapping() {
        return mapping;
    }

    /**
     * The latest announcement date of any document written since the index was opened or found in it then
     * ({@link LocalDate#MIN} for none). While it is not after today, no document waits for its announcement day and
     * searches need no clause to leave such documents out. Documents removed later do not lower it.
     */
    public LocalDate latestAnnouncement() {
        return latestAnnouncement.get();
    }

    /** Notes the announcement dates of documents about to be written. */
    void announcing(Collection<ResultDocument> documents) {
        documents.stream().map(ResultDocument::announcedOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(day -> latestAnnouncement.accumulateAndGet(day, (a, b) -> a.isAfter(b) ? a : b));
    }

    private LocalDate latestIndexedAnnouncement() {
        try (SearchSession session = mapping.createSession()) {
            return session.search(ResultDocument.class).select(f -> f.field("announcedOn", LocalDate.class))
                    .where(f -> f.matchAll()).sort(f -> f.field("announcedOn").desc().missing().last())
                    .fetchHits(1).stream().filter(Objects::nonNull).findFirst().orElse(LocalDate.MIN);
        }
    }

    /** Whether the index was written with the current document layout (an empty new index is not yet). */
    public boolean current() {
        try {
            return Files.exists(layoutFile) && Files.readString(layoutFile).strip().equals(LAYOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the index now holds documents of the current layout only. */
    public void markCurrent() {
        try {
            Files.writeString(layoutFile, LAYOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        mapping.close();
    }
}
