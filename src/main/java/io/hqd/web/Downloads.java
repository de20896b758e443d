package io.hqd.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

/** File responses whose Chinese names survive every browser: RFC 5987 {@code filename*=UTF-8''…}. */
final class Downloads {
    private Downloads() {
    }

    static HttpHeaders headers(String fileName) {
        HttpHeaders h = new HttpHeaders();
        h.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        h.setContentType(MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM));
        h.set("X-Content-Type-Options", "nosniff");
        return h;
    }

    static ResponseEntity<Resource> file(Path file, String fileName) {
        return ResponseEntity.ok().headers(headers(fileName)).body(new FileSystemResource(file));
    }

    static ResponseEntity<byte[]> bytes(byte[] content, String fileName) {
        return ResponseEntity.ok().headers(headers(fileName)).body(content);
    }
}
