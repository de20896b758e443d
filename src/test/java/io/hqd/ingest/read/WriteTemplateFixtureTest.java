package io.hqd.ingest.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.Fixtures;

class WriteTemplateFixtureTest {
    @Test
    void write() throws Exception {
        Map<String, Object> filled = new HashMap<>(Fixtures.core());
        filled.put("medical_revenue", "1,234.5");
        Fixtures.template(Path.of("src/test/resources/io/hqd/ingest/templates/2026.1-H51040001-2026Q3-filled.xlsx"),
                Fixtures.HOSPITAL, "2026Q3", filled);
    }
}
