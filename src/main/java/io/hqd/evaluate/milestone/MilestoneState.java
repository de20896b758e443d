package io.hqd.evaluate.milestone;

import java.util.Arrays;
import java.util.Optional;

/** The state a responsible unit reports for a qualitative commitment each period. */
public enum MilestoneState {
    not_started("未启动"), in_progress("推进中"), done("已完成");

    private final String label;

    MilestoneState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state written in a template cell (its Chinese label), or empty when the text is none of them. */
    public static Optional<MilestoneState> parse(String text) {
        String s = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(s) || v.name().equals(s)).findFirst();
    }
}
