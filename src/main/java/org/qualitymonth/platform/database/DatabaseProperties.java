package org.qualitymonth.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used unless {@code spring.datasource.url} points to an external server.
 *
 * @param dataDir where the cluster lives; relative paths resolve against the working directory
 * @param clean   wipe the directory on start (tests only)
 * @param port    0 picks a free port
 * @param sharedBuffers PostgreSQL's own page cache: the record's indexes of a million-row plan take a few hundred MB
 * @param maxWalSize    how much write-ahead log may accumulate between checkpoints: a large import then runs without
 *                      forced checkpoints, after each of which every touched index page is logged whole again
 */
@ConfigurationProperties("qm.database")
public record DatabaseProperties(@DefaultValue("./data/postgres") String dataDir,
                                 @DefaultValue("false") boolean clean,
                                 @DefaultValue("0") int port,
                                 @DefaultValue("512MB") String sharedBuffers,
                                 @DefaultValue("4GB") String maxWalSize) {
}
