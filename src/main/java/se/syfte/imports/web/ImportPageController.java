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
import se.syfte.imports.ColumnCorrections;
import se.syfte.imports.ImportChoices;
import se.syfte.imports.ImportKind;
import se.syfte.imports.ImportRefusedException;
import se.syfte.imports.ImportResult;
import se.syfte.imports.ImportService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.purposes.PurposeService;

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
    private final PurposeService purposes;
    private final ImportTexts texts;

    ImportPageController(
            ImportService imports,
            OrganisationService organisations,
            Uploads uploads,
            PurposeService purposes,
            ImportTexts texts) {
        this.imports = imports;
        this.organisations = organisations;
        this.uploads = uploads;
        this.purposes = purposes;
        this.texts = texts;
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
        checked(user, received.get(), choices, null, session, model);
        return "import";
    }

    /**
     * The mapping step: the columns read as the page's drop-downs say, the values Syfte did not
     * know read as chosen, checked again; optionally saved as a profile to reuse.
     */
    @PostMapping("/import/{token}/columns")
    String correct(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String token,
            @RequestParam(name = "tableKind", defaultValue = "") List<String> tableKinds,
            @RequestParam(name = "columnTable", defaultValue = "") List<Integer> columnTables,
            @RequestParam(name = "columnHeader", defaultValue = "") List<String> columnHeaders,
            @RequestParam(name = "columnField", defaultValue = "") List<String> columnFields,
            @RequestParam(name = "valueColumn", defaultValue = "") List<String> valueColumns,
            @RequestParam(name = "valueSource", defaultValue = "") List<String> valueSources,
            @RequestParam(name = "valueTarget", defaultValue = "") List<String> valueTargets,
            @RequestParam(required = false) String saveProfile,
            HttpSession session,
            Model model) {
        PendingUploads.Waiting waiting = pending(session).take(token);
        if (waiting == null
                || columnHeaders.size() != columnFields.size()
                || columnTables.size() != columnFields.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<ImportKind> kinds = tableKinds.stream().map(ImportKind::valueOf).toList();
        List<ColumnCorrections.Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < columnHeaders.size(); i++) {
            columns.add(new ColumnCorrections.Column(
                    kinds.get(columnTables.get(i)), columnHeaders.get(i), columnFields.get(i)));
        }
        List<ColumnCorrections.Value> values = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(valueColumns.size(), Math.min(valueSources.size(), valueTargets.size())); i++) {
            values.add(new ColumnCorrections.Value(valueColumns.get(i), valueSources.get(i), valueTargets.get(i)));
        }
        ImportChoices corrected = waiting.choices()
                .corrected(
                        ColumnCorrections.mapTexts(waiting.choices().map(), columns, values),
                        kinds.size() == 1 ? kinds.get(0).name() : null);
        choices(user, corrected, model);
        Path upload = Path.of(waiting.upload());
        if (checked(user, upload, corrected, waiting.choices(), session, model)
                && saveProfile != null
                && !saveProfile.isBlank()) {
            try {
                uploads.saveProfile(user.account(), saveProfile.strip(), corrected);
                model.addAttribute("profileSaved", saveProfile.strip());
                model.addAttribute("profiles", imports.profileNames(organisation(user.account())));
            } catch (ImportChoices.Wrong wrong) {
                model.addAttribute("refusedText", wrong.getMessage());
            }
        }
        return "import";
    }

    /**
     * A dry run of the upload, shown with the token that stores it. When it is refused, false: the
     * upload is gone, or, when there are choices to fall back on, waits again under those.
     */
    private boolean checked(
            SignedInUser user,
            Path upload,
            ImportChoices choices,
            ImportChoices fallback,
            HttpSession session,
            Model model) {
        ImportResult dryRun;
        try {
            dryRun = uploads.run(user.account(), upload, choices, true);
        } catch (ImportRefusedException | ImportChoices.Wrong refused) {
            if (fallback == null) {
                uploads.discard(upload);
            } else {
                checked(user, upload, fallback, null, session, model);
            }
            model.addAttribute(
                    "refusedText",
                    refused instanceof ImportRefusedException file ? texts.say(file.text()) : refused.getMessage());
            return false;
        }
        model.addAttribute("result", dryRun);
        // Not "token": the path variable of /import/{token} would stand in for it once stored.
        model.addAttribute("pendingToken", pending(session).add(upload, choices));
        model.addAttribute("fileName", upload.getFileName().toString());
        model.addAttribute("unknownValues", UnknownValues.of(dryRun));
        model.addAttribute("valueChoices", valueChoices(user.account()));
        return true;
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
        } catch (ImportRefusedException refused) {
            // Another import held the organisation's turn for longer than one waits.
            model.addAttribute("refusedText", texts.say(refused.text()));
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

    /** What an unknown value may be read as: the organisation's purposes, or a deal's outcomes. */
    private java.util.Map<String, List<ValueChoice>> valueChoices(Account account) {
        List<ValueChoice> purposes = this.purposes.all(account.orgId()).stream()
                .map(purpose -> new ValueChoice(purpose.code(), purpose.nameSv(), purpose.nameEn()))
                .toList();
        List<ValueChoice> statuses = java.util.stream.Stream.of("WON", "LOST", "OPEN")
                .map(code -> new ValueChoice(code, null, null))
                .toList();
        return java.util.Map.of("purpose", purposes, "status", statuses);
    }

    /** A code to read a value as, with its names when it has its own (a deal's outcome is named by the messages). */
    record ValueChoice(String code, String nameSv, String nameEn) {}

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
