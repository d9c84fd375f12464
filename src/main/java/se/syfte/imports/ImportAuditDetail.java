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
import java.util.Locale;

/** What the audit log says of an import: each file with its SHA-256, the counts per kind, the rows rejected. */
final class ImportAuditDetail {

    private ImportAuditDetail() {}

    static String of(List<Path> files, ImportResult result) {
        StringBuilder detail = new StringBuilder();
        for (Path file : files) {
            detail.append(file.getFileName())
                    .append(" (SHA-256 ")
                    .append(sha256(file))
                    .append(") ");
        }
        result.counts()
                .forEach((kind, counts) -> detail.append(kind.name().toLowerCase(Locale.ROOT))
                        .append(": ")
                        .append(counts.added())
                        .append(" added, ")
                        .append(counts.updated())
                        .append(" updated, ")
                        .append(counts.unchanged())
                        .append(" unchanged; "));
        detail.append(result.rejections().size()).append(" rejected");
        return detail.toString();
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
