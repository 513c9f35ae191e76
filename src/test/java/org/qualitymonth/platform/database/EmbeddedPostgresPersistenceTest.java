package org.qualitymonth.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users enter survives a restart: the embedded cluster reuses its data directory. */
class EmbeddedPostgresPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (name text)");
            statement.execute("insert into survivor values ('杭州华瑞电器有限公司')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("杭州华瑞电器有限公司");
        }
    }

    @Test
    void aServerLeftRunningByACrashIsStoppedBeforeTheNextStart() throws Exception {
        EmbeddedPostgres crashed = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
        try (Connection connection = crashed.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (id int); insert into kept values (1)");
        }
        ProcessHandle leftover = LeftoverPostmaster.find(dataDir).orElseThrow();
        assertThat(leftover.isAlive()).isTrue();

        LeftoverPostmaster.stopIfRunning(dataDir);

        assertThat(leftover.isAlive()).isFalse();
        // a crashed JVM would have released the library's in-process directory lock; this one must let go of it
        try {
            crashed.close();
        } catch (Exception alreadyStopped) {
            // pg_ctl finds nothing left to stop
        }
        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection connection = restarted.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from kept")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }
}
