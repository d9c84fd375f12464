package se.syfte;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring application behind every command; {@link se.syfte.cli.SyfteCommand} starts it. */
@SpringBootApplication
public class SyfteApplication {

    /** Dates are taken in each organisation's own time zone, so the clock itself is UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
