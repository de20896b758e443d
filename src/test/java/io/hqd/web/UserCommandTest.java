package io.hqd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.warehouse.Warehouse;

/** {@code hqd user add}: accounts with BCrypt hashes; every mistake is a usage error (2) that names the field. */
class UserCommandTest {
    @TempDir Path home;

    @org.junit.jupiter.api.BeforeEach
    void aHome() {
        assertEquals(ExitCodes.OK, HqdCommand.execute("init", "--home", home.toString()));
    }

    private int add(String password, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            String[] all = new String[args.length + 4];
            all[0] = "user";
            all[1] = "add";
            all[2] = "--home";
            all[3] = home.toString();
            System.arraycopy(args, 0, all, 4, args.length);
            return HqdCommand.execute(all);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void addsAHospitalAccountWithAHashedPassword() {
        assertEquals(ExitCodes.OK, add("Secret-2026", "--username", "zxyy", "--name", "市中心医院", "--role", "hospital",
                "--org", "H51040001"));
        try (Warehouse w = Warehouse.open(home.resolve("warehouse.duckdb"))) {
            SignedIn a = new Accounts(w.dsl()).find("zxyy");
            assertEquals(Role.HOSPITAL, a.role());
            assertEquals("H51040001", a.orgCode());
            assertNotEquals("Secret-2026", a.passwordHash());
            assertTrue(a.passwordHash().startsWith("$2"), "BCrypt");
            assertTrue(Accounts.ENCODER.matches("Secret-2026", a.passwordHash()));
            assertFalse(Accounts.ENCODER.matches("Secret-2027", a.passwordHash()));
        }
    }

    @Test
    void mistakesAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, add("Secret-2026", "--username", "x1", "--role", "boss"));
        assertEquals(ExitCodes.USAGE, add("Secret-2026", "--username", "x2", "--role", "hospital", "--org", "H99999999"));
        assertEquals(ExitCodes.USAGE, add("Secret-2026", "--username", "x3", "--role", "hospital"));
        assertEquals(ExitCodes.USAGE, add("Secret-2026", "--username", "x4", "--role", "county", "--org", "510400"),
                "a city code is not a county");
        assertEquals(ExitCodes.USAGE, add("short77", "--username", "x5", "--role", "viewer"), "seven characters");
        assertEquals(ExitCodes.OK, add("exactly8", "--username", "x6", "--role", "viewer"), "eight characters is enough");
        assertEquals(ExitCodes.USAGE, add("Secret-2026", "--username", "x6", "--role", "viewer"), "taken");
        assertEquals(ExitCodes.OK, add("Secret-2026", "--username", "dongqu", "--role", "county", "--org", "510402"));
        assertEquals(ExitCodes.OK, add("Secret-2026", "--username", "tongji", "--role", "CITY", "--org", "510400"),
                "roles case-insensitive");
    }
    @Test
    void theListHasAHeaderAlignedColumnsAndSaysWhichAccountsAreDisabled() {
        assertEquals(List.of("还没有账号。可用 hqd user add 新建。"), list());
        assertEquals(ExitCodes.OK, add("Secret-2026", "--username", "zxyy", "--name", "市中心医院", "--role", "hospital",
                "--org", "H51040001"));
        assertEquals(ExitCodes.OK, add("Secret-2026", "--username", "tongji", "--name", "统计科", "--role", "city", "--org", "510400"));
        try (Warehouse w = Warehouse.open(home.resolve("warehouse.duckdb"))) {
            new Accounts(w.dsl()).setEnabled("tongji", false);
        }
        List<String> lines = list();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("账号"), lines.get(0));
        String zxyy = lines.stream().filter(l -> l.startsWith("zxyy")).findFirst().orElseThrow();
        String tongji = lines.stream().filter(l -> l.startsWith("tongji")).findFirst().orElseThrow();
        assertTrue(zxyy.contains("H51040001") && zxyy.contains("市中心医院") && zxyy.endsWith("可用"), zxyy);
        assertTrue(tongji.contains("510400") && tongji.endsWith("已停用"), tongji);
        // aligned as a terminal draws Chinese: each column starts at the same display column on every line
        int org = displayColumn(lines.get(0), "机构");
        assertEquals(org, displayColumn(zxyy, "H51040001"));
        assertEquals(org, displayColumn(tongji, "510400"));
    }

    private List<String> list() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertEquals(ExitCodes.OK, HqdCommand.execute("user", "list", "--home", home.toString()));
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static int displayColumn(String line, String cell) {
        String before = line.substring(0, line.indexOf(cell));
        return before.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
