package io.hqd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** A cell's A1 address is written by hand; it must be POI's for every column a sheet can have. */
class CellRefTest {
    @Test
    void everyColumnOfASheetIsAddressedAsPoiAddressesIt() {
        for (int col = 0; col < 16384; col++) {
            for (int row : new int[] {0, 8, 99, 1048575}) {
                assertThat(CellRef.a1(row, col)).isEqualTo(new CellReference(row, col).formatAsString(false));
            }
        }
    }

    @Test
    void theEdgesOfTheLetters() {
        assertThat(CellRef.of("填报表", 0, 0)).isEqualTo(new CellRef("填报表", "A1"));
        assertThat(CellRef.a1(4, 25)).isEqualTo("Z5");
        assertThat(CellRef.a1(4, 26)).isEqualTo("AA5");
        assertThat(CellRef.a1(4, 701)).isEqualTo("ZZ5");
        assertThat(CellRef.a1(4, 702)).isEqualTo("AAA5");
        assertThat(CellRef.a1(1048575, 16383)).isEqualTo("XFD1048576");
        assertThat(CellRef.of("表", 2, 3).toString()).isEqualTo("表!D3");
    }
}
