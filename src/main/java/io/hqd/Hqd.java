package io.hqd;

import io.hqd.cli.HqdCommand;

/** Entry point of the {@code hqd} command. */
public final class Hqd {
    private Hqd() {
    }

    public static void main(String[] args) {
        System.exit(HqdCommand.execute(args));
    }
}
