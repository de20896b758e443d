package io.hqd.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.ingest.read.Limits;
import io.hqd.ingest.read.ReadResult;
import io.hqd.ingest.read.WorkbookOpener;
import io.hqd.ingest.read.WorkbookReader;

/** {@code hqd template}: files for one hospital, every hospital of a county, a region, and a county summary. */
class TemplateCommandTest {
    @TempDir Path root;

    List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    ReadResult read(Path file) throws Exception {
        WorkbookOpener.Opened o = new WorkbookOpener(Limits.defaults()).open(file);
        return WorkbookReader.read(o.grid(), Fixtures.context());
    }

    @Test
    void writesTemplatesThatReadBackAsTheirReporter() throws Exception {
        String home = root.resolve("home").toString();
        assertEquals(ExitCodes.OK, HqdCommand.execute("init", "--home", home));
        Path one = root.resolve("one");
        assertEquals(ExitCodes.OK, HqdCommand.execute("template", "--home", home, "--hospital", Fixtures.HOSPITAL,
                "--period", "2026Q4", "--out", one.toString()));
        ReadResult r = read(files(one).get(0));
        assertEquals(Fixtures.HOSPITAL, r.reporterCode());
        assertEquals("2026Q4", r.period());
        assertTrue(files(one).get(0).getFileName().toString().startsWith(Fixtures.HOSPITAL + "_2026Q4_"));

        Path city = root.resolve("city");
        assertEquals(ExitCodes.OK, HqdCommand.execute("template", "--home", home, "--county", "510400", "--period", "2026Q4",
                "--out", city.toString()));
        assertEquals(7, files(city).size(), "one per named hospital of 510400");

        Path region = root.resolve("region");
        assertEquals(ExitCodes.OK, HqdCommand.execute("template", "--home", home, "--region", "510402", "--period", "2026Q4",
                "--out", region.toString()));
        assertEquals("region", read(files(region).get(0)).reporterType());

        Path summary = root.resolve("summary");
        assertEquals(ExitCodes.OK, HqdCommand.execute("template", "--home", home, "--county", "510400", "--consolidated",
                "--period", "2026Q4", "--out", summary.toString()));
        assertEquals(1, files(summary).size());

        assertEquals(ExitCodes.USAGE, HqdCommand.execute("template", "--home", home, "--hospital", "H00000000",
                "--period", "2026Q4", "--out", one.toString()));
    }
}
