package se.syfte.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.imports.ImportChoices;
import se.syfte.imports.ImportCounts;
import se.syfte.imports.ImportKind;
import se.syfte.imports.ImportRefusedException;
import se.syfte.imports.ImportResult;
import se.syfte.imports.ImportText;
import se.syfte.imports.RowRejection;
import se.syfte.imports.TableReading;

/**
 * Imports over the API (admins and managers) with the command line's choices: {@code dryRun=true}
 * tells what would be stored and every rejected row; otherwise the file is stored all or nothing,
 * and a file with a rejected row is answered 422 with every rejection and nothing stored — or,
 * with {@code onError=skip}, the valid rows are stored and the rejected ones listed. {@code
 * format}, {@code unclassified}, {@code kind}, {@code map} (repeatable), {@code profile}, {@code
 * saveProfile} and the calendar window {@code from}/{@code to} are as {@code syfte import} takes
 * them. The answer tells how each table's columns were read ({@code tables}), so that a client can
 * correct them with {@code map} as the page's mapping step does.
 */
@RestController
@Tag(
        name = "Imports",
        description = "Workbooks, CSV files, CRM exports and calendars in, with the command line's choices")
class ImportApiController {

    private final Uploads uploads;

    ImportApiController(Uploads uploads) {
        this.uploads = uploads;
    }

    record ImportJson(
            boolean stored,
            Map<ImportKind, ImportCounts> counts,
            List<String> newCustomers,
            List<RowRejection> rejections,
            List<ImportText> notes,
            List<TableReading> tables,
            String savedProfile) {

        static ImportJson of(ImportResult result, String savedProfile) {
            return new ImportJson(
                    result.stored(),
                    result.counts(),
                    result.newCustomers(),
                    result.rejections(),
                    result.notes(),
                    result.tables(),
                    savedProfile);
        }
    }

    @PostMapping("/api/v1/imports")
    @Operation(summary = "Checks and stores a file (admins and managers); all or nothing unless onError=skip")
    ResponseEntity<?> upload(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String onError,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String unclassified,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) List<String> map,
            @RequestParam(required = false) String profile,
            @RequestParam(required = false) String saveProfile,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        ImportChoices choices = new ImportChoices(onError, format, unclassified, kind, map, profile, from, to);
        Path upload = uploads.receive(file).orElse(null);
        if (upload == null) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "Syfte imports .xlsx workbooks, .csv files and .ics calendars."));
        }
        try {
            ImportResult result = uploads.run(user.account(), upload, choices, dryRun);
            HttpStatus status = dryRun || result.stored() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
            String saved = saveProfile == null || saveProfile.isBlank() ? null : saveProfile.strip();
            if (saved != null) {
                uploads.saveProfile(user.account(), saved, choices);
            }
            return ResponseEntity.status(status).body(ImportJson.of(result, saved));
        } catch (ImportRefusedException refused) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage()));
        } catch (ImportChoices.Wrong wrong) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, wrong.getMessage());
            problem.setProperty("errors", List.of(Map.of("field", wrong.choice(), "message", wrong.getMessage())));
            return ResponseEntity.badRequest().body(problem);
        } finally {
            uploads.discard(upload);
        }
    }
}
