package se.syfte.imports.web;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.syfte.imports.ImportChoices;

/**
 * The uploads of one browser session that wait to be stored, by the token the page confirms
 * with, and the reject files of stored imports, to download. When the session ends — signed out,
 * expired or dropped — both are deleted: an abandoned import leaves no file behind.
 */
final class PendingUploads implements HttpSessionBindingListener, Serializable {

    static final String ATTRIBUTE = "pendingImports";

    /** An upload and the choices its dry run was made with, which its storing keeps. */
    record Waiting(String upload, ImportChoices choices) implements Serializable {}

    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, String> rejects = new LinkedHashMap<>();

    synchronized String add(Path upload, ImportChoices choices) {
        String token = UUID.randomUUID().toString();
        waiting.put(token, new Waiting(upload.toString(), choices));
        return token;
    }

    /** The upload the token stands for, no longer waiting; null when there is none. */
    synchronized Waiting take(String token) {
        return waiting.remove(token);
    }

    /** Keeps a stored import's reject file to download until the session ends. */
    synchronized String keepRejects(Path file) {
        String token = UUID.randomUUID().toString();
        rejects.put(token, file.toString());
        return token;
    }

    /** The reject file the token stands for; null when there is none. */
    synchronized Path rejects(String token) {
        String file = rejects.get(token);
        return file == null ? null : Path.of(file);
    }

    @Override
    public synchronized void valueUnbound(HttpSessionBindingEvent event) {
        waiting.values().forEach(upload -> Uploads.discardQuietly(Path.of(upload.upload())));
        rejects.values().forEach(file -> Uploads.discardQuietly(Path.of(file)));
        waiting.clear();
        rejects.clear();
    }
}
