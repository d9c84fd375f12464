package se.syfte.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The menu's link to the other language: the same page with the same period, team and filters,
 * only {@code lang} changed. A page shown after a form was posted links to its address alone,
 * since its form cannot be posted again by a link.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LanguageSwitch {

    @ModelAttribute("otherLanguage")
    String otherLanguage(HttpServletRequest request, Locale locale) {
        String other = "sv".equals(locale.getLanguage()) ? "en" : "sv";
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> query.queryParam(name, (Object[]) values));
        }
        // The address as the browser sent it; only the query is encoded here.
        return request.getRequestURI() + "?"
                + query.replaceQueryParam("lang", other).encode().build().getQuery();
    }
}
