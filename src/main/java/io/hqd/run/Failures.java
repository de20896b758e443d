package io.hqd.run;

import io.hqd.catalog.CatalogException;
import io.hqd.warehouse.Warehouse;

/** The message a person should read for a failure: hqd's own Chinese message where there is one, else the root cause's. */
public final class Failures {
    private Failures() {
    }

    public static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /** The first cause of the given type in the chain, or null. */
    public static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public static String message(Throwable t) {
        Throwable own = find(t, Warehouse.WarehouseLockedException.class);
        if (own == null) {
            own = find(t, CatalogException.class);
        }
        Throwable shown = own != null ? own : rootCause(t);
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }
}
