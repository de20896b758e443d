package io.hqd.ingest.read;

import java.util.List;

/** A workbook's sheets, in the order the file lists them, as the readers see them. */
public record Grid(List<GridSheet> sheets) {

    public Grid {
        sheets = List.copyOf(sheets);
    }

    /** The sheet of that name, or null. */
    public GridSheet sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The sheet's position, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
