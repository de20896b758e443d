package io.hqd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class InOrderPoolTest {

    @Test
    void handsResultsBackInSubmissionOrderOnTheCallingThreadEvenWhenLaterTasksFinishFirst() {
        List<Integer> seen = new ArrayList<>();
        List<Thread> handedOn = new ArrayList<>();
        CountDownLatch lastDone = new CountDownLatch(1);
        try (InOrderPool<Integer> pool = new InOrderPool<>("测试", r -> {
            seen.add(r);
            handedOn.add(Thread.currentThread());
        })) {
            pool.submit(() -> {
                lastDone.await(10, TimeUnit.SECONDS); // the first task ends only after the last one
                return 1;
            });
            pool.submit(() -> 2);
            pool.submit(() -> {
                lastDone.countDown();
                return 3;
            });
            pool.finish();
        }
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(handedOn).containsOnly(Thread.currentThread());
    }

    @Test
    void aFailedTaskFailsTheStepWithItsOwnException() {
        try (InOrderPool<Integer> pool = new InOrderPool<>("测试", r -> { })) {
            pool.submit(() -> {
                throw new IllegalStateException("生成失败");
            });
            assertThatThrownBy(pool::finish).isInstanceOf(IllegalStateException.class).hasMessage("生成失败");
        }
    }

    @Test
    void neverHoldsMoreThanTwoTasksPerCoreInFlight() {
        int limit = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Integer> seen = new ArrayList<>();
        try (InOrderPool<Integer> pool = new InOrderPool<>("测试", seen::add)) {
            for (int i = 0; i < limit; i++) {
                int n = i;
                pool.submit(() -> n);
            }
            // submitting the limit-th task waited for the oldest and handed it back before returning
            assertThat(seen).containsExactly(0);
            pool.finish();
        }
        assertThat(seen).hasSize(limit);
    }
}
