package io.hqd.report;

import io.hqd.evaluate.Status;

/** How a status is printed: a symbol plus the word, so it reads without colour (the font has ✓ ○ △ ×, not ✗). */
public final class StatusText {
    private StatusText() {
    }

    public static String of(Status s) {
        return switch (s) {
            case met -> "✓ " + s.label();
            case on_track -> "○ " + s.label();
            case behind -> "△ " + s.label();
            case not_met -> "× " + s.label();
            case no_data -> "— " + s.label();
            case not_applicable -> s.label();
        };
    }

    /** Lower is more urgent: what a meeting should discuss first. */
    public static int urgency(Status status) {
        return switch (status) {
            case not_met -> 0;
            case behind -> 1;
            case no_data -> 2;
            case on_track -> 3;
            case met -> 4;
            case not_applicable -> 5;
        };
    }
}
