package se.syfte.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import se.syfte.audit.AuditDetail;

/** What the audit log says of an import: each file with its SHA-256, the counts per kind, the rows rejected. */
final class ImportAuditDetail {

    private ImportAuditDetail() {}

    static AuditDetail of(List<Path> files, ImportResult result) {
        String named = files.stream()
                .map(file -> file.getFileName() + " (SHA-256 " + sha256(file) + ")")
                .collect(Collectors.joining(", "));
        List<AuditDetail> counts = result.counts().entrySet().stream()
                .map(kind -> AuditDetail.of(
                        "importCounts",
                        AuditDetail.term("import.kind." + kind.getKey().name()),
                        kind.getValue().added(),
                        kind.getValue().updated(),
                        kind.getValue().unchanged()))
                .toList();
        return AuditDetail.of(
                "import",
                named,
                new AuditDetail.Parts(counts),
                result.rejections().size());
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[1 << 16];
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
