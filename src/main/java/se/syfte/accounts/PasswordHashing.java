package se.syfte.accounts;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with bcrypt at a cost that takes about a third of a second here (cost 12:
 * see docs/security.md); hashes carry their algorithm ({bcrypt}…) so that a stronger one can
 * follow without a migration.
 */
@Configuration
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${syfte.security.bcrypt-cost:12}") int cost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }
}
