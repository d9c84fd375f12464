package se.syfte.imports.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start-up, the uploads a stopped process left waiting longer than a session lasts are deleted. */
@Component
class LeftoverUploads {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverUploads.class);

    private final Duration session;

    LeftoverUploads(@Value("${server.servlet.session.timeout:8h}") Duration session) {
        this.session = session;
    }

    @EventListener(ApplicationReadyEvent.class)
    void remove() {
        try {
            int removed = Uploads.removeOlderThan(Uploads.FOLDER, session, Instant.now());
            if (removed > 0) {
                LOG.info("removed {} upload(s) left waiting by an earlier run", removed);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove the uploads an earlier run left in {}: {}", Uploads.FOLDER, e.getMessage());
        }
    }
}
