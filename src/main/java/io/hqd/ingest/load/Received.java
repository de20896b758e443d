package io.hqd.ingest.load;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A file as it arrived: where it sits, the name shown to people (its path under the inbox), its
 * content hash, size, arrival time (the file's last-modified time) and its archived copy.
 */
public record Received(Path file, String originalName, String sha256, long size, LocalDateTime receivedAt,
                       String sourceFolder, Path archived) {
}
