package io.hqd.catalog;

import static io.hqd.catalog.Comparator.above;
import static io.hqd.catalog.Comparator.at_least;
import static io.hqd.catalog.Comparator.at_most;
import static io.hqd.catalog.Comparator.below;
import static io.hqd.catalog.Comparator.down;
import static io.hqd.catalog.Comparator.equal;
import static io.hqd.catalog.Comparator.top;
import static io.hqd.catalog.Comparator.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The comparators at the edge of their floating-point tolerance: a value one billionth short of the target (the
 * noise a sum of decimals leaves) still counts as at the target; anything beyond that does not. Also their
 * catalog spelling (what targets.csv and the warehouse hold) and how they print.
 */
class ComparatorTest {
    private static final double NOISE = 1e-9;

    @Test
    void inclusiveComparatorsAcceptTheNoiseEdgeAndNothingBeyond() {
        assertThat(at_least.holds(90 - NOISE, 90)).isTrue();
        assertThat(at_least.holds(90 - 1e-6, 90)).isFalse();
        assertThat(at_most.holds(9.7 + NOISE, 9.7)).isTrue();
        assertThat(at_most.holds(9.7 + 1e-6, 9.7)).isFalse();
    }

    @Test
    void strictComparatorsNeedMoreThanTheNoise() {
        assertThat(above.holds(90 + NOISE, 90)).isFalse();
        assertThat(above.holds(90 + 1e-6, 90)).isTrue();
        assertThat(below.holds(5 - NOISE, 5)).isFalse();
        assertThat(below.holds(5 - 1e-6, 5)).isTrue();
    }

    @Test
    void equalityAllowsTheNoiseAndAMillionthOfTheTarget() {
        assertThat(equal.holds(NOISE, 0)).isTrue();
        assertThat(equal.holds(-NOISE, 0)).isTrue();
        assertThat(equal.holds(2e-9, 0)).isFalse();
        assertThat(equal.holds(100.00009, 100)).isTrue();
        assertThat(equal.holds(99.99991, 100)).isTrue();
        assertThat(equal.holds(100.00011, 100)).isFalse();
        assertThat(equal.holds(-100.00009, -100)).isTrue();
    }

    @Test
    void directionsAndRankingDoNotCompareTwoNumbers() {
        for (Comparator c : new Comparator[] {up, down, top}) {
            assertThat(c.isNumeric()).isFalse();
            assertThatThrownBy(() -> c.holds(1, 1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(c.spelling());
        }
        assertThat(Comparator.numeric()).containsExactly(at_least, at_most, above, below, equal);
        assertThat(up.isDirection()).isTrue();
        assertThat(down.isDirection()).isTrue();
        assertThat(top.isDirection()).isFalse();
        assertThat(at_least.isDirection()).isFalse();
    }

    @Test
    void progressIsJudgedInTheDirectionTheComparatorPoints() {
        assertThat(at_least.asGoodAs(60 - NOISE, 60)).isTrue();
        assertThat(above.asGoodAs(60 - 1e-6, 60)).isFalse();
        assertThat(above.asGoodAs(70, 60)).isTrue();
        assertThat(at_most.asGoodAs(9.8 + NOISE, 9.8)).isTrue();
        assertThat(below.asGoodAs(9.8 + 1e-6, 9.8)).isFalse();
        assertThat(below.asGoodAs(9, 9.8)).isTrue();
        assertThat(equal.asGoodAs(NOISE, 0)).isTrue();
        assertThat(equal.asGoodAs(-NOISE, 0)).isTrue();
        assertThat(equal.asGoodAs(2e-9, 0)).isFalse();
        assertThat(equal.asGoodAs(90 + 1e-6, 90)).isFalse();
        assertThat(equal.asGoodAs(90 - 1e-6, 90)).isFalse();
        assertThat(up.asGoodAs(61, 60)).isTrue();
        assertThat(down.asGoodAs(61, 60)).isFalse();
    }

    @Test
    void symbolsAsPrinted() {
        assertThat(at_least.symbol()).isEqualTo("≥");
        assertThat(at_most.symbol()).isEqualTo("≤");
        assertThat(below.symbol()).isEqualTo("<");
        assertThat(up.symbol()).isEqualTo("逐步提高");
        assertThat(down.symbol()).isEqualTo("逐步降低");
        assertThat(top.symbol()).isEqualTo("排名前列");
    }

    @Test
    void theCatalogSpellingRoundTripsThroughTheWarehouseColumn() {
        ComparatorConverter column = new ComparatorConverter();
        for (Comparator c : Comparator.values()) {
            assertThat(Comparator.of(c.spelling())).isSameAs(c);
            assertThat(column.from(column.to(c))).isSameAs(c);
        }
        assertThat(column.to(at_least)).isEqualTo(">=");
        assertThat(column.to(null)).isNull();
        assertThat(column.from(null)).isNull();
        assertThat(Comparator.of(" ")).isNull();
        assertThatThrownBy(() -> Comparator.of("=>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("「=>」不是允许的比较符");
    }
}
