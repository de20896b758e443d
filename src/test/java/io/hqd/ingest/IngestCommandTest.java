package io.hqd.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;

/** {@code hqd ingest} through the real job: exit code 4 when a file was rejected, 0 when all loaded. */
class IngestCommandTest {
    @TempDir Path root;

    @Test
    void exitCodeFourWhenAFileIsRejected() throws Exception {
        Path home = root.resolve("home");
        assertEquals(ExitCodes.OK, HqdCommand.execute("init", "--home", home.toString()));
        Path good = Files.createDirectories(root.resolve("good"));
        Fixtures.template(good.resolve("a.xlsx"), Fixtures.HOSPITAL, "2026Q3", Fixtures.core());
        assertEquals(ExitCodes.OK, HqdCommand.execute("ingest", "--home", home.toString(), good.toString()));

        Path bad = Files.createDirectories(root.resolve("bad"));
        Fixtures.template(bad.resolve("b.xlsx"), "H51040002", "2026Q3", Fixtures.core());
        Files.writeString(bad.resolve("c.xlsx"), "不是表格");
        assertEquals(ExitCodes.FILES_REJECTED, HqdCommand.execute("ingest", "--home", home.toString(), bad.toString()));
        try (var files = Files.walk(home.resolve("receipts"))) { // filed in period/reporter folders
            assertEquals(6, files.filter(Files::isRegularFile).count(), "a JSON and an Excel receipt per file");
        }
    }
}
