package io.hqd.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hqd.ingest.load.LoadRule;
import io.hqd.ingest.read.FileRule;
import io.hqd.ingest.read.ReadRule;
import io.hqd.ingest.validate.SubRule;
import io.hqd.ingest.validate.ValidationRule;
import io.hqd.ingest.validate.Validator;

/**
 * Every rule a file can be found wanting by, stated once (DHIS2 style): stored code, Chinese name,
 * severity and what to do. Receipts, {@code accept-warning} and the README's rule table read it.
 */
public final class RuleRegistry {

    /** One rule as people read it. */
    public record Rule(String code, String label, Severity severity, String todo, String stage) {
    }

    private static final Map<String, Rule> RULES = build();

    private RuleRegistry() {
    }

    private static Map<String, Rule> build() {
        Map<String, Rule> out = new LinkedHashMap<>();
        for (FileRule r : FileRule.values()) {
            put(out, new Rule(r.id, r.label, r.severity, r.todo, "打开文件"));
        }
        for (ReadRule r : ReadRule.values()) {
            put(out, new Rule(r.id, r.label, r.severity, r.todo, "读取"));
        }
        for (ValidationRule r : Validator.RULES) {
            put(out, new Rule(r.id(), r.label(), r.severity(), r.todo(), "校验"));
        }
        for (SubRule r : SubRule.values()) {
            put(out, new Rule(r.id, r.label, r.severity, r.todo, "校验"));
        }
        for (LoadRule r : LoadRule.values()) {
            put(out, new Rule(r.id, r.label, r.severity, r.todo, "入库"));
        }
        for (io.hqd.ingest.read.MilestoneRule r : io.hqd.ingest.read.MilestoneRule.values()) {
            put(out, new Rule(r.id, r.label, r.severity, r.todo, "读取"));
        }
        return Collections.unmodifiableMap(out);
    }

    private static void put(Map<String, Rule> out, Rule r) {
        if (out.putIfAbsent(r.code(), r) != null) {
            throw new IllegalStateException("rule code stated twice: " + r.code());
        }
    }

    public static List<Rule> all() {
        return new ArrayList<>(RULES.values());
    }

    public static Optional<Rule> find(String code) {
        return Optional.ofNullable(RULES.get(code));
    }

    /** The rule's Chinese name, or the code itself for a rule no longer stated (findings stored by older versions). */
    public static String label(String code) {
        return find(code).map(Rule::label).orElse(code);
    }

    /** The README's rule table (Markdown), so the docs list exactly the rules the code has. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| 规则代码 | 名称 | 级别 | 阶段 | 怎么办 |\n|---|---|---|---|---|\n");
        for (Rule r : RULES.values()) {
            sb.append("| `").append(r.code()).append("` | ").append(r.label()).append(" | ").append(r.severity().label())
                    .append(" | ").append(r.stage()).append(" | ").append(r.todo()).append(" |\n");
        }
        return sb.toString();
    }
}
