package io.hqd.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.read.FileRule;
import io.hqd.ingest.read.ReadRule;

/** Every rule is stated once, with a Chinese name and what to do, and the README lists exactly these rules. */
class RuleRegistryTest {

    @Test
    void everyRuleHasCodeNameSeverityAndWhatToDo() {
        assertTrue(RuleRegistry.all().size() >= ReadRule.values().length + FileRule.values().length + 6);
        for (RuleRegistry.Rule r : RuleRegistry.all()) {
            assertTrue(r.code().matches("[a-z0-9_]+"), r.code());
            assertFalse(r.label().isBlank(), r.code());
            assertFalse(r.todo().isBlank(), r.code());
            assertNotNull(r.severity(), r.code());
        }
        assertEquals(RuleRegistry.all().size(), RuleRegistry.all().stream().map(RuleRegistry.Rule::code).collect(Collectors.toSet()).size());
        assertEquals("与本单位往期相比变化异常", RuleRegistry.label("jump"));
        assertEquals(Severity.ERROR, RuleRegistry.find("identity_conflict").orElseThrow().severity());
        assertEquals("old_rule", RuleRegistry.label("old_rule"), "a finding stored under a retired code still shows");
        for (String code : Set.of("read_many_reporters", "read_many_periods", "identity_stale_title", "read_sheet_ignored",
                "read_percent_fraction", "read_wrong_column", "read_estimate", "read_rounded_wan", "reporter_folder", "period_locked")) {
            assertTrue(RuleRegistry.find(code).isPresent(), code);
        }
    }

    @Test
    void readmeListsExactlyTheRegistry() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = RuleRegistry.markdownTable();
        assertTrue(readme.contains(table), "README.md must contain the rule table exactly as RuleRegistry.markdownTable() gives it:\n" + table);
    }
}
