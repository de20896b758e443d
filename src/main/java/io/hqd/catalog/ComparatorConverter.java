package io.hqd.catalog;

import org.jooq.impl.AbstractConverter;

/** jOOQ forced type for {@code staged.target.op} and {@code condition_op}: the column keeps the catalog spelling. */
public final class ComparatorConverter extends AbstractConverter<String, Comparator> {

    public ComparatorConverter() {
        super(String.class, Comparator.class);
    }

    @Override
    public Comparator from(String stored) {
        return Comparator.of(stored);
    }

    @Override
    public String to(Comparator comparator) {
        return comparator == null ? null : comparator.spelling();
    }
}
