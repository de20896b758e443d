package io.hqd.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file people pick up by name shows either its earlier content or the new one, never a part of it. */
class AtomicFilesTest {
    @TempDir Path dir;

    /** A renderer's own checked exception, like JasperReports' JRException. */
    static final class RenderFailed extends Exception {
        RenderFailed(String message) {
            super(message);
        }
    }

    @Test
    void aCompleteWriteLandsUnderTheNameInMissingFoldersAndLeavesNoPart() throws IOException {
        Path target = dir.resolve("报表/2026Q3/攀枝花市.pdf");
        AtomicFiles.write(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("新");
        assertThat(AtomicFiles.partOf(target)).doesNotExist();
        assertThat(AtomicFiles.partOf(target).getFileName().toString()).isEqualTo(".攀枝花市.pdf.part");
        assertThat(AtomicFiles.partOf(target).getParent()).isEqualTo(target.toAbsolutePath().getParent());
    }

    @Test
    void aWriterFailingWithItsOwnExceptionKeepsTheEarlierFileAndPassesTheExceptionOn() throws IOException {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(target, "旧");
        assertThatThrownBy(() -> AtomicFiles.<RenderFailed>write(target, out -> {
            out.write("半".getBytes(StandardCharsets.UTF_8));
            throw new RenderFailed("字体缺失");
        })).isExactlyInstanceOf(RenderFailed.class).hasMessage("字体缺失");
        assertThat(Files.readString(target)).isEqualTo("旧");
        assertThat(AtomicFiles.partOf(target)).doesNotExist();
    }

    @Test
    void anInputOutputOrUncheckedFailureLeavesNoFileWhereThereWasNone() {
        Path target = dir.resolve("book.xlsx");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("磁盘已满");
        })).isExactlyInstanceOf(IOException.class);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("坏数据");
        })).isExactlyInstanceOf(IllegalStateException.class);
        assertThat(target).doesNotExist();
        assertThat(AtomicFiles.partOf(target)).doesNotExist();
    }

    @Test
    void aStalePartFromAKilledWriteIsOverwrittenByTheNextOne() throws IOException {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(AtomicFiles.partOf(target), "被中断的半个文件，比新内容长得多");
        AtomicFiles.write(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("新");
        assertThat(AtomicFiles.partOf(target)).doesNotExist();
    }
}
