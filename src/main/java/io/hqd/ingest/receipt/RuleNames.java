package io.hqd.ingest.receipt;

import io.hqd.ingest.RuleRegistry;

/**
 * A rule as a receipt prints it: its name in words and what to do, from {@link RuleRegistry} (where
 * every rule is stated once). A code no longer stated (a finding stored by an older version) prints as
 * 其他检查 with the code beside it, never as a bare code.
 */
final class RuleNames {
    record Rule(String name, String todo) {
    }

    private RuleNames() {
    }

    static Rule of(String code) {
        return RuleRegistry.find(code).map(r -> new Rule(r.label(), r.todo()))
                .orElse(new Rule("其他检查（" + code + "）", "按说明修改"));
    }

    static String name(String code) {
        return of(code).name();
    }
}
