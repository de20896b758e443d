package io.hqd.ingest.receipt;

import java.util.function.Supplier;

/**
 * A value built on first use, once per process, by the first thread that asks (the receipts' skeletons: POI builds
 * each once, the parser threads share it). A build that throws is tried again by the next caller.
 */
final class BuiltOnce<T> {
    private final Supplier<T> build;
    private volatile T value;

    BuiltOnce(Supplier<T> build) {
        this.build = build;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = build.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
