package io.hqd.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.hqd.catalog.Catalog;
import io.hqd.home.HqdHome;
import io.hqd.ingest.template.PreviousValues;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.LastMilestoneStates;
import io.hqd.ingest.template.TemplateIssuer;
import io.hqd.ingest.template.TemplateRequest;
import io.hqd.warehouse.Periods;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The hospital portal: template, upload, receipt on screen at once, history. Only the account's own hospital. */
@Controller
@RequestMapping("/hospital")
public class PortalController {
    private final Pages pages;
    private final Uploads uploads;
    private final Receipts receipts;
    private final Catalog catalog;
    private final HqdHome home;
    private final WebDatabase db;
    private final Audit audit;

    public PortalController(Pages pages, Uploads uploads, Receipts receipts, Catalog catalog, HqdHome home,
                            WebDatabase db, Audit audit) {
        this.pages = pages;
        this.uploads = uploads;
        this.receipts = receipts;
        this.catalog = catalog;
        this.home = home;
        this.db = db;
        this.audit = audit;
    }

    @GetMapping
    String portal(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("period", pages.openPeriod());
        model.addAttribute("history", receipts.history(me.orgCode()));
        return "hospital";
    }

    /** The template for the open period, pre-filled with identity and last period's values. */
    @GetMapping("/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedIn me) throws IOException {
        Periods period = pages.openPeriod();
        Map<String, Map<String, BigDecimal>> previous = PreviousValues.load(db.dsl(), ReporterType.HOSPITAL,
                List.of(me.orgCode()), period);
        TemplateRequest request = TemplateIssuer.forHome(home, catalog)
                .withLastStates(LastMilestoneStates.load(db.dsl(), ReporterType.HOSPITAL, List.of(me.orgCode()), period))
                .hospital(me.orgCode(), period, previous.getOrDefault(me.orgCode(), Map.of()));
        Path tmp = Files.createTempFile("hqd-template", ".xlsx");
        try {
            SubmissionTemplate.write(request, Map.of(), tmp);
            audit.record("下载模板", me.orgCode(), period.code());
            return Downloads.bytes(Files.readAllBytes(tmp), TemplateIssuer.fileName(request));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal SignedIn me, @RequestParam("file") MultipartFile file, RedirectAttributes flash) {
        try {
            String sha = uploads.upload(me, file.getOriginalFilename(), file.getSize(), file.getInputStream());
            return "redirect:/hospital/receipts/" + sha;
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            audit.record("上传被拒", me.orgCode(), file.getOriginalFilename() + "：" + e.getMessage());
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/hospital";
        }
    }

    @GetMapping("/receipts/{sha}")
    String receipt(@AuthenticationPrincipal SignedIn me, @PathVariable String sha, Model model) throws IOException {
        Receipts.View view = visible(me, sha);
        model.addAttribute("r", view);
        model.addAttribute("hasExcel", receipts.excelReceipt(sha).isPresent());
        return "receipt";
    }

    @GetMapping("/receipts/{sha}/excel")
    ResponseEntity<Resource> excel(@AuthenticationPrincipal SignedIn me, @PathVariable String sha) throws IOException {
        Receipts.View view = visible(me, sha);
        Path file = receipts.excelReceipt(sha).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        audit.record("下载回执", me.orgCode(), view.originalName());
        String ext = file.getFileName().toString().endsWith(".xls") ? ".xls" : ".xlsx";
        return Downloads.file(file, "回执_" + stripExtension(view.originalName()) + ext);
    }

    /** Another hospital's receipt is answered exactly like one that does not exist. */
    private Receipts.View visible(SignedIn me, String sha) {
        if (!sha.matches("[0-9a-f]{64}") || !receipts.visibleTo(sha, me.orgCode())) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return receipts.view(sha).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
