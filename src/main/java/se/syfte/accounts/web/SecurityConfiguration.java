package se.syfte.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.LoginThrottle;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.db.SignedInSessionRepository;
import se.syfte.audit.AuditLog;

/**
 * Who may reach what: everything but the sign-in page needs a signed-in account; the pages
 * under /admin an admin, the import and targets pages an admin or a manager. The API takes the session or a personal API token and answers
 * refusals as problem details. Scope within an organisation is applied by the queries.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** No inline script or style, nothing from elsewhere, never in a frame. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    LoginThrottle loginThrottle(Clock clock, se.syfte.accounts.FailedSignIns failures) {
        return new LoginThrottle(clock, failures);
    }

    @Bean
    UserDetailsService accountDetails(AccountRepository accounts) {
        return email -> accounts.credentials(email)
                .map(found -> new SignedInUser(found.account(), found.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /**
     * The sign-in form's CSRF token lives in a cookie, so that whoever is not signed in has no
     * session; like the session cookie it is Secure whenever the request is.
     */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        return tokens;
    }

    /** A page asked for before signing in is not kept in a session to return to. */
    @Bean
    RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setCreateSessionAllowed(false);
        return cache;
    }

    @Bean
    SecurityFilterChain security(
            HttpSecurity http,
            CsrfTokenRepository csrfTokens,
            RequestCache requestCache,
            UserDetailsService users,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AccountRepository accounts,
            AccountService accountService,
            AuditLog audit,
            SignedInSessionRepository signedInSessions,
            Clock clock,
            @Value("${syfte.security.max-sessions}") int maxSessions)
            throws Exception {
        SessionStillValid validSessions = new SessionStillValid(signedInSessions, clock, maxSessions);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authenticationProvider(new ThrottledSignIn(users, passwords, throttle, accounts, audit))
                .addFilterBefore(new ApiTokenFilter(accountService), CsrfFilter.class)
                .addFilterAfter(validSessions, CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/users", "/users/**", "/api/v1/users", "/api/v1/users/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/api/v1/users", "/api/v1/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/import", "/import/**", "/targets", "/targets/**", "/api/v1/imports")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/targets/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/customers/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LockedException ? "/login?throttled" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.addLogoutHandler(validSessions).logoutSuccessUrl("/login?signedOut"))
                // A request a valid token signed in is not sent by a browser on its own, so it needs
                // no CSRF token; a header alone spares nothing.
                .csrf(csrf ->
                        csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(ApiTokenFilter::signedInByToken))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst(api))
                        .defaultAccessDeniedHandlerFor(ApiErrors.forbidden(), api)
                        .defaultAccessDeniedHandlerFor(refusedPage(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A page's refusal goes to the error page, which tells an expired form (a CSRF refusal) from
     * a role's: Spring's own handler keeps the refusal to itself when it has no error page.
     */
    private static AccessDeniedHandler refusedPage() {
        return (request, response, denied) -> {
            if (!response.isCommitted()) {
                request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    /** A page sends whoever is not signed in to the sign-in page; the API answers 401. */
    private static AuthenticationEntryPoint signInFirst(RequestMatcher api) {
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint json = ApiErrors.unauthorized();
        return (request, response, failure) ->
                (api.matches(request) ? json : page).commence(request, response, failure);
    }
}
