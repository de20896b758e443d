package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.ingest.Fixtures;

/** A template that a clerk opened and saved again in LibreOffice (as .xlsx and as .xls) still reads the same. */
class LibreOfficeResaveTest {
    @TempDir Path dir;

    static String soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    Path resave(Path file, String format) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out-" + format));
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", format, "--outdir", out.toString(), file.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path result = out.resolve(file.getFileName().toString().replaceAll("\\.xlsx$", "." + format));
        assertTrue(Files.exists(result), new String(p.getInputStream().readAllBytes()));
        return result;
    }

    static Map<String, BigDecimal> read(Path file) throws Exception {
        WorkbookOpener.Opened o = new WorkbookOpener(Limits.defaults()).open(file);
        ReadResult r = WorkbookReader.read(o.grid(), Fixtures.context());
        assertEquals(Fixtures.HOSPITAL, r.reporterCode(), file.toString());
        assertEquals("2026Q3", r.period(), file.toString());
        return r.values().stream().collect(Collectors.toMap(ReadCell::element, c -> c.value().stripTrailingZeros()));
    }

    @Test
    void templateResavedByLibreOfficeReadsTheSame() throws Exception {
        // CI installs LibreOffice (.ci/run) and sets CI: there a missing soffice is a failure, not a skip.
        if (System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.assertNotNull(soffice(), "CI must install LibreOffice (.ci/run)");
        }
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed");
        Map<String, Object> filled = new java.util.HashMap<>(Fixtures.core());
        filled.put("medical_revenue", "1,234.5");
        Path original = Fixtures.template(dir.resolve("填报.xlsx"), Fixtures.HOSPITAL, "2026Q3", filled);
        Map<String, BigDecimal> expected = read(original);
        assertEquals(11, expected.size());
        assertEquals(expected, read(resave(original, "xlsx")));
        assertEquals(expected, read(resave(original, "xls")));
    }
}
