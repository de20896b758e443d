package io.hqd.ingest.load;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An inbox with what desktops leave beside reports: each is passed over with a line saying why, never silently. */
class InboxScannerTest {
    @TempDir Path inbox;

    @Test
    void lockFilesHiddenFilesAndLinksArePassedOverWithAReason() throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("H51040001"));
        Path report = Files.writeString(folder.resolve("报表.xlsx"), "x");
        Path top = Files.writeString(inbox.resolve("a.xlsx"), "x");
        Files.writeString(folder.resolve("~$报表.xlsx"), "lock");
        Files.writeString(inbox.resolve(".DS_Store"), "mac");
        Files.createSymbolicLink(inbox.resolve("链接.xlsx"), report);
        Files.createSymbolicLink(inbox.resolve("别处"), folder);

        InboxScanner.Scan scan = InboxScanner.scan(inbox);
        assertEquals(List.of(folder.resolve("报表.xlsx"), top), scan.files(), "sub-folders included, sorted by path, links never followed");
        assertEquals(List.of(
                "跳过 .DS_Store：隐藏文件（如 .DS_Store），不是报表",
                "跳过 H51040001/~$报表.xlsx：Excel 打开文件时生成的临时锁定文件，不是报表",
                "跳过 别处：符号链接（快捷方式），不跟随读取；请把报表文件本身放入收件箱",
                "跳过 链接.xlsx：符号链接（快捷方式），不跟随读取；请把报表文件本身放入收件箱"),
                scan.skipped().stream().map(s -> s.line(inbox)).toList());
        assertEquals(scan.files(), InboxScanner.files(inbox));
    }

    @Test
    void aMissingInboxHoldsNothing() throws Exception {
        assertEquals(new InboxScanner.Scan(List.of(), List.of()), InboxScanner.scan(inbox.resolve("nope")));
        assertEquals(new InboxScanner.Scan(List.of(), List.of()), InboxScanner.scan(inbox));
    }
}
