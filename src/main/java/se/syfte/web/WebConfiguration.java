package se.syfte.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Swedish or English, from the browser's language; English when it asks for neither. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, SWEDISH));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
