package io.hqd.ingest.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an inbox, sub-folders included, in a deterministic order (by path). Symbolic links
 * are not followed; Excel's lock files (~$…) and hidden files are not submissions.
 */
public final class InboxScanner {
    private InboxScanner() {
    }

    public static List<Path> files(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(inbox)) {
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> inbox.relativize(p).toString()))
                    .toList();
        }
    }
}
