package se.syfte.imports.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.syfte.imports.ImportText;

/** What an import said, in the page reader's language: {@code ${@importTexts.say(rejection.reason)}}. */
@Component("importTexts")
public class ImportTexts {

    private final MessageSource messages;

    ImportTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String say(ImportText text) {
        return text.said((key, arguments) -> messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }
}
