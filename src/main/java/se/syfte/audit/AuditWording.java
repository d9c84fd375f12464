package se.syfte.audit;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An audit entry's detail in words of one language. */
@Component
public class AuditWording {

    private final MessageSource messages;

    AuditWording(MessageSource messages) {
        this.messages = messages;
    }

    public String say(AuditDetail detail, Locale locale) {
        Object[] arguments = detail.arguments().stream()
                .map(argument -> value(argument, locale))
                .toArray();
        return messages.getMessage("audit.detail." + detail.key(), arguments, locale);
    }

    private Object value(AuditDetail.Argument argument, Locale locale) {
        if (argument instanceof AuditDetail.Count count) {
            return count.count();
        }
        if (argument instanceof AuditDetail.Term term) {
            return messages.getMessage(term.key(), null, term.key(), locale);
        }
        if (argument instanceof AuditDetail.Names names) {
            return locale.getLanguage().equals("sv") ? names.swedish() : names.english();
        }
        if (argument instanceof AuditDetail.Parts parts) {
            return parts.parts().stream()
                    .map(part -> say(part, locale))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return ((AuditDetail.Text) argument).text();
    }

    /** What an entry said in words, or its stored text when it was written before details were messages. */
    public String say(AuditEvent event, Locale locale) {
        return event.message().map(detail -> say(detail, locale)).orElse(event.detail());
    }
}
