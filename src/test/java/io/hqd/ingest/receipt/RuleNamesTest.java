package io.hqd.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.RuleRegistry;

/** A receipt never shows a bare rule code: every rule the registry states prints in words, with what to do. */
class RuleNamesTest {
    @Test
    void everyRuleHasANameAndAnAction() {
        assertThat(RuleRegistry.all()).isNotEmpty();
        for (RuleRegistry.Rule r : RuleRegistry.all()) {
            RuleNames.Rule printed = RuleNames.of(r.code());
            assertThat(printed.name()).as(r.code()).isEqualTo(r.label()).doesNotContain("_");
            assertThat(printed.todo()).as(r.code()).isNotBlank();
        }
    }

    @Test
    void aCodeNoLongerStatedStillPrintsSomethingReadable() {
        assertThat(RuleNames.name("new_rule_2027")).isEqualTo("其他检查（new_rule_2027）");
        assertThat(RuleNames.name(null)).startsWith("其他检查");
    }
}
