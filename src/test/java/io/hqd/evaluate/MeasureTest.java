package io.hqd.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A figure without a value is provisional exactly when someone was expected to report it. */
class MeasureTest {
    @Test
    void noValueIsProvisionalOnlyWhenSomeoneWasExpectedToReport() {
        assertThat(Measure.none(0, Coverage.NONE).provisional()).isFalse();
        assertThat(Measure.none(1, Coverage.NONE).provisional()).isTrue();
        assertThat(Measure.none(0).provisional()).isFalse();
        assertThat(Measure.none(1).provisional()).isTrue();
        assertThat(Measure.none(1).hasValue()).isFalse();
    }
}
