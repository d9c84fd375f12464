package se.syfte.imports;

import java.nio.file.Path;
import java.util.List;
import se.syfte.audit.Actor;
import se.syfte.organisation.Organisation;

/**
 * One import: the files into an organisation with the options, reporting progress, on behalf of
 * the actor the audit log names, holding only the rows the scope allows.
 */
public record ImportRequest(
        Organisation organisation,
        List<Path> files,
        ImportOptions options,
        ImportProgress progress,
        Actor actor,
        ImportScope scope,
        Path rejects) {

    public ImportRequest {
        files = List.copyOf(files);
    }

    /** From the command line: the whole organisation, no progress shown. */
    public static ImportRequest of(Organisation organisation, List<Path> files, ImportOptions options) {
        return new ImportRequest(
                organisation,
                files,
                options,
                ImportProgress.NONE,
                Actor.COMMAND_LINE,
                ImportScope.WHOLE_ORGANISATION,
                null);
    }

    public ImportRequest reporting(ImportProgress progress) {
        return new ImportRequest(organisation, files, options, progress, actor, scope, rejects);
    }

    /** The same import writing its rejected rows to {@code file} instead of beside the source. */
    public ImportRequest rejectingTo(Path file) {
        return new ImportRequest(organisation, files, options, progress, actor, scope, file);
    }

    /** The same import by a person, holding only the rows of the salespeople the scope allows. */
    public ImportRequest by(Actor actor, ImportScope scope) {
        return new ImportRequest(organisation, files, options, progress, actor, scope, rejects);
    }
}
