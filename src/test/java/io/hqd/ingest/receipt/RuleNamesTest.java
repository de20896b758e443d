package io.hqd.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hqd.ingest.read.FileRule;
import io.hqd.ingest.read.ReadRule;
import io.hqd.ingest.validate.ValidationRule;
import io.hqd.ingest.validate.Validator;

/** A receipt never shows a rule id: every check hqd has is named in words, with what to do. */
class RuleNamesTest {
    @Test
    void everyRuleHasANameAndAnAction() {
        List<String> ids = new ArrayList<>();
        for (ReadRule r : ReadRule.values()) {
            ids.add(r.id);
        }
        for (FileRule r : FileRule.values()) {
            ids.add(r.id);
        }
        for (ValidationRule r : Validator.RULES) {
            ids.add(r.id());
        }
        ids.addAll(List.of("reporter_folder", "reporter_from_folder", "element_level", "no_values", "store_failed"));
        for (String id : ids) {
            RuleNames.Rule rule = RuleNames.of(id);
            assertThat(rule.name()).as(id).doesNotStartWith("其他检查").doesNotContain("_");
            assertThat(rule.todo()).as(id).isNotBlank().isNotEqualTo("按说明修改");
        }
    }

    @Test
    void anUnknownRuleStillPrintsSomethingReadable() {
        assertThat(RuleNames.name("new_rule_2027")).isEqualTo("其他检查（new_rule_2027）");
        assertThat(RuleNames.name(null)).startsWith("其他检查");
    }
}
