package org.qualitymonth.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index is current only once written with the present document layout; one of an earlier layout is not. */
class SearchIndexLayoutTest {

    @TempDir
    Path directory;

    @Test
    void anIndexOfAnEarlierLayoutIsNotCurrent() throws Exception {
        SearchIndex index = new SearchIndex(directory);
        try {
            assertThat(index.current()).as("new and empty").isFalse();
            index.markCurrent();
            assertThat(index.current()).isTrue();
            Files.writeString(directory.resolve("layout"), "1");
            assertThat(index.current()).as("written by the layout before the one-field text").isFalse();
        } finally {
            index.destroy();
        }
    }
}
