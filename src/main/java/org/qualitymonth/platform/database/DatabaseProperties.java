package org.qualitymonth.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used unless {@code spring.datasource.url} points to an external server.
 *
 * @param dataDir where the cluster lives; relative paths resolve against the working directory
 * @param clean   wipe the directory on start (tests only)
 * @param port    0 picks a free port
 */
@ConfigurationProperties("qm.database")
public record DatabaseProperties(@DefaultValue("./data/postgres") String dataDir,
                                 @DefaultValue("false") boolean clean,
                                 @DefaultValue("0") int port) {
}
