package io.hqd.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.hqd.ingest.SafeNames;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Packs by period and run; one file, one recipient's PDFs merged or zipped, the manifest. */
@Controller
@RequestMapping("/reports")
public class ReportsController {
    private final Packs packs;
    private final Audit audit;

    public ReportsController(Packs packs, Audit audit) {
        this.packs = packs;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String period, Model model) {
        model.addAttribute("runs", packs.runs(period));
        model.addAttribute("period", period == null ? "" : period);
        return "reports";
    }

    @GetMapping("/{run}")
    String run(@PathVariable String run, Model model) {
        var files = packs.filesByRecipient(run);
        if (files.isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        model.addAttribute("run", run);
        model.addAttribute("files", files);
        return "pack";
    }

    @GetMapping("/{run}/file")
    ResponseEntity<Resource> file(@PathVariable String run, @RequestParam String path) {
        var file = packs.file(run, path).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        audit.record("下载报表", run, path);
        return Downloads.file(file, file.getFileName().toString());
    }

    @GetMapping("/{run}/merged")
    ResponseEntity<byte[]> merged(@PathVariable String run, @RequestParam String recipient) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int pages = packs.mergedPdf(run, recipient, out);
            audit.record("下载合并打印版", run, recipient + "（" + pages + " 页）");
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(NOT_FOUND, e.getMessage());
        }
        return Downloads.bytes(out.toByteArray(), SafeNames.component(recipient) + "_" + run + "_合并打印.pdf");
    }

    @GetMapping("/{run}/zip")
    ResponseEntity<byte[]> zip(@PathVariable String run, @RequestParam String recipient) throws IOException {
        if (packs.recipientFiles(run, recipient).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packs.zip(run, recipient, out);
        audit.record("下载压缩包", run, recipient);
        return Downloads.bytes(out.toByteArray(), SafeNames.component(recipient) + "_" + run + ".zip");
    }

    @GetMapping("/{run}/manifest.{ext:csv|json}")
    ResponseEntity<Resource> manifest(@PathVariable String run, @PathVariable String ext) {
        var file = packs.manifest(run, "manifest." + ext).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        audit.record("下载清单", run, "manifest." + ext);
        return Downloads.file(file, "分发清单_" + run + "." + ext);
    }
}
