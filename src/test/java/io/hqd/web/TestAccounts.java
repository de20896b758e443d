package io.hqd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.hqd.cli.ExitCodes;
import io.hqd.cli.HqdCommand;
import io.hqd.home.HqdHome;

/** Accounts for the browser tests, made the way an admin makes them: {@code hqd user add}, password on stdin. */
final class TestAccounts {
    private TestAccounts() {
    }

    /** {@code org} is the hospital or region the account belongs to; null for roles without one. */
    static void add(HqdHome home, String password, String user, String role, String org) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            List<String> args = new ArrayList<>(List.of("user", "add", "--home", home.root().toString(),
                    "--username", user, "--role", role));
            if (org != null) {
                args.addAll(List.of("--org", org));
            }
            assertEquals(ExitCodes.OK, HqdCommand.execute(args.toArray(String[]::new)), "user add " + user);
        } finally {
            System.setIn(stdin);
        }
    }
}
