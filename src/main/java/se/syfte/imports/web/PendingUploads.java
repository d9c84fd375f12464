package se.syfte.imports.web;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The uploads of one browser session that wait to be stored, by the token the page confirms
 * with. When the session ends — signed out, expired or dropped — the uploads still waiting are
 * deleted: an abandoned import leaves no file behind.
 */
final class PendingUploads implements HttpSessionBindingListener, Serializable {

    static final String ATTRIBUTE = "pendingImports";

    private final Map<String, String> waiting = new LinkedHashMap<>();

    synchronized String add(Path upload) {
        String token = UUID.randomUUID().toString();
        waiting.put(token, upload.toString());
        return token;
    }

    /** The upload the token stands for, no longer waiting; null when there is none. */
    synchronized Path take(String token) {
        String upload = waiting.remove(token);
        return upload == null ? null : Path.of(upload);
    }

    @Override
    public synchronized void valueUnbound(HttpSessionBindingEvent event) {
        waiting.values().forEach(upload -> Uploads.discardQuietly(Path.of(upload)));
        waiting.clear();
    }
}
