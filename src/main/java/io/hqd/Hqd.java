package io.hqd;

public final class Hqd {
    public static void main(String[] args) {
    }
}
