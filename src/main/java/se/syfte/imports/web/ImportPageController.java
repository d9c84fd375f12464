package se.syfte.imports.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.Account;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.imports.ImportChoices;
import se.syfte.imports.ImportRefusedException;
import se.syfte.imports.ImportResult;
import se.syfte.imports.ImportService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

/**
 * The import page: upload a workbook, CSV file, CRM export or calendar; see what a dry run would
 * store and every rejected row; confirm to store it. Uploads wait in a folder of their own,
 * known only to the session that made them, until stored or the session ends.
 */
@Controller
class ImportPageController {

    private final ImportService imports;
    private final OrganisationService organisations;
    private final Uploads uploads;

    ImportPageController(ImportService imports, OrganisationService organisations, Uploads uploads) {
        this.imports = imports;
        this.organisations = organisations;
        this.uploads = uploads;
    }

    @GetMapping("/import")
    String page(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String tooLarge, Model model) {
        choices(user, ImportChoices.defaults(), model);
        if (tooLarge != null) {
            model.addAttribute("refused", "import.refused.tooLarge");
        }
        return "import";
    }

    @PostMapping("/import")
    String upload(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String onError,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String unclassified,
            @RequestParam(required = false) String map,
            @RequestParam(required = false) String profile,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpSession session,
            Model model)
            throws IOException {
        ImportChoices choices = new ImportChoices(
                onError,
                format,
                unclassified,
                null,
                map == null ? List.of() : map.lines().toList(),
                profile,
                from,
                to);
        choices(user, choices, model);
        Optional<Path> received = uploads.receive(file);
        if (received.isEmpty()) {
            model.addAttribute("refused", "import.refused.type");
            return "import";
        }
        Path upload = received.get();
        ImportResult dryRun;
        try {
            dryRun = uploads.run(user.account(), upload, choices, true);
        } catch (ImportRefusedException | ImportChoices.Wrong refused) {
            uploads.discard(upload);
            model.addAttribute("refusedText", refused.getMessage());
            return "import";
        }
        model.addAttribute("result", dryRun);
        model.addAttribute("token", pending(session).add(upload, choices));
        model.addAttribute("fileName", upload.getFileName().toString());
        return "import";
    }

    @PostMapping("/import/{token}")
    String store(
            @AuthenticationPrincipal SignedInUser user, @PathVariable String token, HttpSession session, Model model) {
        PendingUploads.Waiting waiting = pending(session).take(token);
        if (waiting == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path upload = Path.of(waiting.upload());
        boolean keep = false;
        try {
            ImportResult result = uploads.run(user.account(), upload, waiting.choices(), false);
            model.addAttribute("result", result);
            model.addAttribute("fileName", upload.getFileName().toString());
            model.addAttribute("stored", true);
            if (!result.rejectFiles().isEmpty()) {
                keep = true;
                model.addAttribute(
                        "rejects",
                        pending(session).keepRejects(result.rejectFiles().get(0)));
            }
        } finally {
            if (!keep) {
                uploads.discard(upload);
            }
        }
        choices(user, waiting.choices(), model);
        return "import";
    }

    /** A stored import's rejected rows, with their reasons, to correct and import again. */
    @GetMapping("/import/rejects/{token}")
    ResponseEntity<byte[]> rejects(@PathVariable String token, HttpSession session) throws IOException {
        Path file = pending(session).rejects(token);
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = file.getFileName().toString();
        return ResponseEntity.ok()
                .contentType(
                        name.endsWith(".xlsx")
                                ? MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : MediaType.parseMediaType("text/csv"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(java.nio.file.Files.readAllBytes(file));
    }

    /** The form's choices as given, and the organisation's saved profiles to choose from. */
    private void choices(SignedInUser user, ImportChoices choices, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute("profiles", imports.profileNames(organisation(user.account())));
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user, @RequestParam String lang)
            throws IOException {
        Locale locale = Locale.forLanguageTag(lang.equals("sv") ? "sv" : "en");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        imports.template(organisation(user.account()), uploads.scopeOf(user.account()), locale, out);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(lang.equals("sv") ? "syfte-mall.xlsx" : "syfte-template.xlsx")
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    private Organisation organisation(Account account) {
        return organisations.byId(account.orgId());
    }

    private static PendingUploads pending(HttpSession session) {
        synchronized (session) {
            PendingUploads pending = (PendingUploads) session.getAttribute(PendingUploads.ATTRIBUTE);
            if (pending == null) {
                pending = new PendingUploads();
                session.setAttribute(PendingUploads.ATTRIBUTE, pending);
            }
            return pending;
        }
    }
}
