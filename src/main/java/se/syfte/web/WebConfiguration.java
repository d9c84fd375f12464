package se.syfte.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Swedish or English: from the browser's language until the reader picks one with {@code ?lang=sv}
 * or {@code ?lang=en}, which a cookie then remembers for a year. English when the browser asks for
 * neither.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, SWEDISH);

    private final LocaleResolver languages = rememberedLanguage();

    @Bean
    LocaleResolver localeResolver() {
        return languages;
    }

    private static LocaleResolver rememberedLanguage() {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(SUPPORTED);
        browser.setDefaultLocale(Locale.ENGLISH);
        CookieLocaleResolver remembered = new CookieLocaleResolver("syfte-language");
        remembered.setCookieMaxAge(Duration.ofDays(365));
        remembered.setCookieHttpOnly(true);
        remembered.setCookieSecure(true);
        remembered.setCookieSameSite("Strict");
        remembered.setDefaultLocaleFunction(browser::resolveLocale);
        return remembered;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String asked = request.getParameter("lang");
                SUPPORTED.stream()
                        .filter(locale -> locale.getLanguage().equals(asked))
                        .findFirst()
                        .ifPresent(locale -> languages.setLocale(request, response, locale));
                return true;
            }
        });
    }
}
