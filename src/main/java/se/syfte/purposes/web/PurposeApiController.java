package se.syfte.purposes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.syfte.analytics.core.Scope;
import se.syfte.purposes.db.PurposeRepository;

/** The organisation's purposes with their keyword rules: what a visit's purpose may be called. */
@RestController
@Tag(name = "Purposes", description = "What a visit's purpose may be called")
class PurposeApiController {

    private final PurposeRepository purposes;

    PurposeApiController(PurposeRepository purposes) {
        this.purposes = purposes;
    }

    record PurposeJson(
            long id,
            String code,
            String nameSv,
            String nameEn,
            String kind,
            Integer step,
            int defaultMinutes,
            List<String> keywords) {}

    @GetMapping("/api/v1/purposes")
    @Operation(summary = "The organisation's purposes with their keyword rules")
    List<PurposeJson> list(Scope caller) {
        long org = caller.orgId();
        Map<Long, List<String>> keywords = purposes.keywordsByPurpose(org);
        return purposes.findAll(org).stream()
                .map(purpose -> new PurposeJson(
                        purpose.id(),
                        purpose.code(),
                        purpose.nameSv(),
                        purpose.nameEn(),
                        purpose.kind().name(),
                        purpose.step(),
                        purpose.defaultMinutes(),
                        keywords.getOrDefault(purpose.id(), List.of())))
                .toList();
    }
}
