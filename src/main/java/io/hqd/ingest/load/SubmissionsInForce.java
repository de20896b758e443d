package io.hqd.ingest.load;

import static io.hqd.warehouse.schema.marts.Tables.SUBMISSION_IN_FORCE;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

/**
 * Which submission is in force for each reporter and period (marts.submission_in_force), read once per run and
 * kept current as files are stored: a look-up in the warehouse for every submission was one of five statements a
 * file cost the writer, and those statements were most of its time. A transaction's changes are {@link Pending}
 * until it commits, so a batch that rolls back leaves this as the warehouse holds it.
 */
final class SubmissionsInForce {
    record Key(String reporterType, String reporterCode, String periodCode) {
    }

    record Current(String submissionId, LocalDateTime receivedAt) {
    }

    /** null until first needed. */
    private Map<Key, Current> committed;
    /** Reporters and periods with more than one submission in force: a broken warehouse, refused when met. */
    private final Set<Key> conflicting = new HashSet<>();

    /**
     * The changes of one transaction: seen by it at once, by the run once {@link Pending#commit} is called. The
     * submissions in force are read from {@code dsl} by the run's first transaction, before it writes anything.
     */
    synchronized Pending begin(DSLContext dsl) {
        if (committed == null) {
            load(dsl);
        }
        return new Pending();
    }

    private void load(DSLContext dsl) {
        Map<Key, Current> read = new HashMap<>();
        dsl.select(SUBMISSION_IN_FORCE.REPORTER_TYPE, SUBMISSION_IN_FORCE.REPORTER_CODE, SUBMISSION_IN_FORCE.PERIOD_CODE,
                        SUBMISSION_IN_FORCE.SUBMISSION_ID, SUBMISSION_IN_FORCE.RECEIVED_AT)
                .from(SUBMISSION_IN_FORCE)
                .forEach(r -> {
                    Key key = new Key(r.value1(), r.value2(), r.value3());
                    if (read.put(key, new Current(r.value4(), r.value5())) != null) {
                        conflicting.add(key);
                    }
                });
        committed = read;
    }

    final class Pending {
        private final Map<Key, Current> changed = new HashMap<>();

        /** The submission in force for this reporter and period, as this transaction has it; null if none. */
        Current get(Key key) {
            if (conflicting.contains(key)) {
                throw new IllegalStateException("同一报送单位同一期有多份有效报送：" + key.reporterCode() + " " + key.periodCode());
            }
            Current c = changed.get(key);
            if (c != null) {
                return c;
            }
            synchronized (SubmissionsInForce.this) {
                return committed.get(key);
            }
        }

        void put(Key key, Current current) {
            changed.put(key, current);
        }

        /** The transaction committed: its submissions in force are the run's. */
        void commit() {
            synchronized (SubmissionsInForce.this) {
                committed.putAll(changed);
            }
        }
    }
}
