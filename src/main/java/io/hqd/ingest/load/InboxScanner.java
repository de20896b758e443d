package io.hqd.ingest.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an inbox, sub-folders included, in a deterministic order (by path). Symbolic links
 * are not followed; Excel's lock files (~$…) and hidden files (.DS_Store …) are not submissions. What
 * is passed over is listed with the reason, so the run can say so instead of skipping it silently.
 */
public final class InboxScanner {

    /** The submissions to ingest, and what was passed over (each with the reason, in Chinese). */
    public record Scan(List<Path> files, List<Skipped> skipped) {
    }

    /** One entry of the inbox that is not a submission. */
    public record Skipped(Path path, String reason) {
        /** The console line: 跳过 2026Q3/~$报表.xlsx：Excel 打开文件时生成的临时锁定文件，不是报表. */
        public String line(Path inbox) {
            return "跳过 " + inbox.relativize(path).toString().replace('\\', '/') + "：" + reason;
        }
    }

    private InboxScanner() {
    }

    public static List<Path> files(Path inbox) throws IOException {
        return scan(inbox).files();
    }

    public static Scan scan(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return new Scan(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try (Stream<Path> s = Files.walk(inbox)) {
            for (Path p : s.filter(p -> !p.equals(inbox)).sorted(Comparator.comparing(p -> inbox.relativize(p).toString())).toList()) {
                String reason = skipReason(p);
                if (reason != null) {
                    skipped.add(new Skipped(p, reason));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        }
        return new Scan(List.copyOf(files), List.copyOf(skipped));
    }

    /** Why an entry is not a submission, or null when it is one (or a plain folder). */
    static String skipReason(Path p) {
        String name = p.getFileName().toString();
        if (Files.isSymbolicLink(p)) {
            return "符号链接（快捷方式），不跟随读取；请把报表文件本身放入收件箱";
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (name.startsWith("~$")) {
            return "Excel 打开文件时生成的临时锁定文件，不是报表";
        }
        if (name.startsWith(".")) {
            return "隐藏文件（如 .DS_Store），不是报表";
        }
        return null;
    }
}
