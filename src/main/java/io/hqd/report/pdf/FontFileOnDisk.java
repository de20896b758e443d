package io.hqd.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A font file of the classpath as a file on disk. AWT copies a font read from a stream into a temporary file that
 * is removed only at a normal exit, so a killed run left ~20 MB per font behind; a font read from a file is not
 * copied. Inside a jar the font is written once to a fixed name in a cache folder and reused by later runs.
 */
final class FontFileOnDisk {
    private FontFileOnDisk() {
    }

    /** The file of {@code resource} itself when the classpath is a folder, else its copy in {@code cacheDir}. */
    static Path of(URL resource, Path cacheDir) {
        try {
            if ("file".equals(resource.getProtocol())) {
                return Path.of(resource.toURI());
            }
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            String path = resource.getPath();
            String name = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            // the size in the name: a font of another size (another version of hqd) gets a file of its own
            Path target = cacheDir.resolve(size + "-" + name);
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return target;
            }
            Files.createDirectories(cacheDir);
            // written beside the target and moved in one step, so a concurrent run never reads half a font
            Path part = Files.createTempFile(cacheDir, name, ".part");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("无法准备报表字体文件：" + resource, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("无法准备报表字体文件：" + resource, e);
        }
    }
}
