package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The comparators at the edge of their floating-point tolerance: a value one billionth short of the target (the
 * noise a sum of decimals leaves) still counts as at the target; anything beyond that does not.
 */
class ComparisonTest {
    private static final double NOISE = 1e-9;

    @Test
    void inclusiveComparatorsAcceptTheNoiseEdgeAndNothingBeyond() {
        assertThat(Comparison.holds(90 - NOISE, ">=", 90)).isTrue();
        assertThat(Comparison.holds(90 - 1e-6, ">=", 90)).isFalse();
        assertThat(Comparison.holds(9.7 + NOISE, "<=", 9.7)).isTrue();
        assertThat(Comparison.holds(9.7 + 1e-6, "<=", 9.7)).isFalse();
    }

    @Test
    void strictComparatorsNeedMoreThanTheNoise() {
        assertThat(Comparison.holds(90 + NOISE, ">", 90)).isFalse();
        assertThat(Comparison.holds(90 + 1e-6, ">", 90)).isTrue();
        assertThat(Comparison.holds(5 - NOISE, "<", 5)).isFalse();
        assertThat(Comparison.holds(5 - 1e-6, "<", 5)).isTrue();
    }

    @Test
    void equalityAllowsTheNoiseAndAMillionthOfTheTarget() {
        assertThat(Comparison.holds(NOISE, "=", 0)).isTrue();
        assertThat(Comparison.holds(-NOISE, "=", 0)).isTrue();
        assertThat(Comparison.holds(2e-9, "=", 0)).isFalse();
        assertThat(Comparison.holds(100.00009, "=", 100)).isTrue();
        assertThat(Comparison.holds(99.99991, "=", 100)).isTrue();
        assertThat(Comparison.holds(100.00011, "=", 100)).isFalse();
        assertThat(Comparison.holds(-100.00009, "=", -100)).isTrue();
    }

    @Test
    void progressIsJudgedInTheDirectionTheComparatorPoints() {
        assertThat(Comparison.asGoodAs(60 - NOISE, ">=", 60)).isTrue();
        assertThat(Comparison.asGoodAs(60 - 1e-6, ">", 60)).isFalse();
        assertThat(Comparison.asGoodAs(70, ">", 60)).isTrue();
        assertThat(Comparison.asGoodAs(9.8 + NOISE, "<=", 9.8)).isTrue();
        assertThat(Comparison.asGoodAs(9.8 + 1e-6, "<", 9.8)).isFalse();
        assertThat(Comparison.asGoodAs(9, "<", 9.8)).isTrue();
        assertThat(Comparison.asGoodAs(NOISE, "=", 0)).isTrue();
        assertThat(Comparison.asGoodAs(-NOISE, "=", 0)).isTrue();
        assertThat(Comparison.asGoodAs(2e-9, "=", 0)).isFalse();
        assertThat(Comparison.asGoodAs(90 + 1e-6, "=", 90)).isFalse();
        assertThat(Comparison.asGoodAs(90 - 1e-6, "=", 90)).isFalse();
    }

    @Test
    void symbolsAsPrinted() {
        assertThat(Comparison.symbol(">=")).isEqualTo("≥");
        assertThat(Comparison.symbol("<=")).isEqualTo("≤");
        assertThat(Comparison.symbol("<")).isEqualTo("<");
    }
}
