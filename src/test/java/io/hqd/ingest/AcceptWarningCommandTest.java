package io.hqd.ingest;

import static io.hqd.warehouse.schema.staged.Tables.ACCEPTED_WARNING;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;
import io.hqd.warehouse.Warehouse;

class AcceptWarningCommandTest {
    @TempDir Path root;

    @Test
    void recordsTheAcceptanceOnce() {
        String home = root.toString();
        assertEquals(ExitCodes.OK, HqdCommand.execute("init", "--home", home));
        String[] args = {"accept-warning", "--home", home, "--reporter", "H51040001", "--period", "2026q2",
                "--element", "discharges", "--rule", "jump", "--reason", "新院区开业", "--by", "统计科"};
        assertEquals(ExitCodes.OK, HqdCommand.execute(args));
        assertEquals(ExitCodes.OK, HqdCommand.execute(args));
        try (Warehouse w = Warehouse.open(new HqdHome(root).warehouseFile())) {
            var r = w.dsl().selectFrom(ACCEPTED_WARNING).fetchSingle();
            assertEquals("2026Q2", r.getPeriodCode());
            assertEquals("统计科", r.getAcceptedBy());
        }
        assertEquals(ExitCodes.USAGE, HqdCommand.execute("accept-warning", "--home", home, "--reporter", "H1"));
        args[args.length - 5] = "range";
        assertEquals(ExitCodes.USAGE, HqdCommand.execute(args), "an error cannot be accepted");
        args[args.length - 5] = "no_such_rule";
        assertEquals(ExitCodes.USAGE, HqdCommand.execute(args));
    }
}
