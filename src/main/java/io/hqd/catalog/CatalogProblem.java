package io.hqd.catalog;

/** One mistake in a catalog file, located precisely enough for a statistician to fix it. */
public record CatalogProblem(String file, long line, String field, String message) {
    @Override
    public String toString() {
        return file + " 第" + line + "行 字段「" + field + "」：" + message;
    }
}
