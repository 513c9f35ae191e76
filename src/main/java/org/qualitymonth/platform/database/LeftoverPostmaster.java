package org.qualitymonth.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * If the platform was killed without shutting down, its PostgreSQL keeps running on the data directory
 * and a new start would fail. Before starting, stop such a leftover server (the pid comes from its own
 * {@code postmaster.pid}) and wait for it, so a crash never locks users out of their data.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = find(dataDir);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn("Stopping PostgreSQL left running on {} (pid {}) by an earlier run", dataDir, postmaster.pid());
        postmaster.destroy(); // SIGTERM: smart shutdown, its clients are already gone
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notYet) {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
    }

    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        String dir = lines.get(1).strip();
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> Path.of(dir).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize()));
    }
}
