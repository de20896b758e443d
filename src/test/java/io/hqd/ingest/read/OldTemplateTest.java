package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Fixtures;

/**
 * Templates already sent out to hospitals keep working: a filled template issued by hqd 2026.1, committed
 * as a fixture (src/test/resources/io/hqd/ingest/templates), reads exactly, whatever the current layout.
 * When the template layout changes, keep this file and add one of the new version beside it.
 */
class OldTemplateTest {

    static Path fixture(String name) throws Exception {
        return Path.of(OldTemplateTest.class.getResource("/io/hqd/ingest/templates/" + name).toURI());
    }

    @Test
    void template2026_1FilledByAHospitalReadsExactly() throws Exception {
        WorkbookOpener.Opened o = new WorkbookOpener(Limits.defaults()).open(fixture("2026.1-H51040001-2026Q3-filled.xlsx"));
        ReadResult r = WorkbookReader.read(o.grid(), Fixtures.context());
        assertTrue(r.ownTemplate());
        assertEquals("2026.1", r.templateVersion());
        assertEquals("H51040001", r.reporterCode());
        assertEquals("2026Q3", r.period());
        Map<String, BigDecimal> v = r.values().stream().collect(Collectors.toMap(ReadCell::element, c -> c.value().stripTrailingZeros()));
        Map<String, String> expected = Map.ofEntries(Map.entry("discharges", "10000"), Map.entry("surgery_ops", "4000"),
                Map.entry("surgery_mis_ops", "1200"), Map.entry("surgery_grade4_ops", "800"), Map.entry("daysurgery_ops", "300"),
                Map.entry("elective_ops", "2500"), Map.entry("drg_weight_total", "9500.5"), Map.entry("drg_cases", "9000"),
                Map.entry("bed_days_discharged", "80000"), Map.entry("cp_discharges", "5000"), Map.entry("medical_revenue", "1234.5"));
        assertEquals(expected, v.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toPlainString())));
        assertEquals("E6", r.values().stream().filter(c -> c.element().equals("discharges")).findFirst().orElseThrow().where().cell());
        assertTrue(r.findings().stream().noneMatch(Finding::isError), r.findings().toString());
    }
}
