package io.hqd.web;

import io.hqd.warehouse.Periods;

/** A period chosen on a page: the request's, if it is a valid quarter, else the one being collected. */
final class PagePeriod {
    private PagePeriod() {
    }

    static String orOpen(String requested, Pages pages) {
        if (requested != null && !requested.isBlank()) {
            try {
                return Periods.parse(requested.strip().toUpperCase()).code();
            } catch (RuntimeException e) {
                // an edited address falls back to the open period rather than an error page
            }
        }
        return pages.openPeriod().code();
    }
}
