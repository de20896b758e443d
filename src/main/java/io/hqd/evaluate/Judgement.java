package io.hqd.evaluate;

/**
 * The outcome of judging one value against one target; {@code provisional} when the judgement rests on a
 * comparison that covers less than the whole year to date (stated in the evidence).
 */
public record Judgement(Status status, Double targetValue, Double pathValue, String evidence, boolean provisional) {

    public Judgement(Status status, Double targetValue, Double pathValue, String evidence) {
        this(status, targetValue, pathValue, evidence, false);
    }

    public Judgement withEvidence(String more) {
        return new Judgement(status, targetValue, pathValue, evidence + more, provisional);
    }
}
