package se.syfte.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.audit.Actor;
import se.syfte.imports.ImportChoices;
import se.syfte.imports.ImportOptions;
import se.syfte.imports.ImportRequest;
import se.syfte.imports.ImportResult;
import se.syfte.imports.ImportScope;
import se.syfte.imports.ImportService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

/**
 * Uploaded files as the import page and the API take them: only the types Syfte imports, each in
 * a folder of its own under its own name, imported within the uploader's scope (a manager's file
 * may name only their own salespeople).
 */
@Component
class Uploads {

    private static final List<String> ACCEPTED = List.of(".xlsx", ".csv", ".txt", ".ics");

    /** Where uploads wait, each in a folder of its own; what start-up finds older than a session is left over. */
    static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "syfte-uploads");

    private final ImportService imports;
    private final OrganisationService organisations;
    private final AccountScope scopes;

    Uploads(ImportService imports, OrganisationService organisations, AccountScope scopes) {
        this.imports = imports;
        this.organisations = organisations;
        this.scopes = scopes;
    }

    /** The upload saved under its own name, or empty when it is empty or of a type Syfte does not import. */
    Optional<Path> receive(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null
                ? ""
                : Path.of(file.getOriginalFilename().replace('\\', '/'))
                        .getFileName()
                        .toString();
        if (file.isEmpty() || ACCEPTED.stream().noneMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
            return Optional.empty();
        }
        Files.createDirectories(FOLDER);
        Path upload = Files.createTempDirectory(FOLDER, "upload").resolve(name);
        file.transferTo(upload);
        return Optional.of(upload);
    }

    /** Imports the upload with the uploader's choices, as the command line would; a wrong choice is {@link ImportChoices.Wrong}. */
    ImportResult run(Account account, Path upload, ImportChoices choices, boolean dryRun) {
        ImportScope scope = scopeOf(account);
        Organisation organisation = organisations.byId(account.orgId());
        ImportOptions options = imports.options(organisation, choices, dryRun);
        return imports.run(ImportRequest.of(organisation, List.of(upload), options)
                .by(new Actor(account.id(), account.email()), scope));
    }

    /** Saves the choices' kind and mapping as the organisation's profile of that name, to reuse. */
    void saveProfile(Account account, String name, ImportChoices choices) {
        if (name.length() > 100) {
            throw new ImportChoices.Wrong("saveProfile", "a profile's name has at most 100 characters");
        }
        Organisation organisation = organisations.byId(account.orgId());
        imports.saveProfile(organisation, name, imports.options(organisation, choices, true));
    }

    /** What the account may import: an admin the whole organisation, a manager their teams' salespeople. */
    ImportScope scopeOf(Account account) {
        return account.role() == Role.ADMIN
                ? ImportScope.WHOLE_ORGANISATION
                : ImportScope.of(scopes.of(account).salespeople());
    }

    /** Removes the upload and the folder it was received into. */
    void discard(Path upload) {
        discardQuietly(upload);
    }

    /** The same, where nobody waits to hear that it failed (a session ending, start-up). */
    static void discardQuietly(Path upload) {
        removeFolder(upload.getParent());
    }

    /**
     * Deletes the upload folders older than {@code age}: those of a process that stopped before
     * its sessions ended. Younger ones may belong to another instance's open sessions.
     */
    static int removeOlderThan(Path folder, java.time.Duration age, java.time.Instant now) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> uploads = Files.list(folder)) {
            for (Path upload : uploads.toList()) {
                if (Files.getLastModifiedTime(upload).toInstant().isBefore(now.minus(age))) {
                    removeFolder(upload);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void removeFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
