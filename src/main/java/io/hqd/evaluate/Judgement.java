package io.hqd.evaluate;

/** The outcome of judging one value against one target. */
public record Judgement(Status status, Double targetValue, Double pathValue, String evidence) {
}
