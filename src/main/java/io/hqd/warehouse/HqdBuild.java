package io.hqd.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which build of hqd runs: its code file's size and time. Results that depend on the code are redone by a new build. */
public final class HqdBuild {

    public static final String ID = id();

    private HqdBuild() {
    }

    private static String id() {
        try {
            Path code = Path.of(HqdBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "build-unknown-" + System.nanoTime();   // unknown: never trust results of an earlier process
        }
    }
}
