package org.visitprep.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

/**
 * The language the portal speaks to this person: their own choice for the session if they made one, otherwise the
 * browser's preference. English and French are supported.
 */
@Named
@RequestScoped
public class LanguageSelection {

    static final String SESSION_ATTRIBUTE = LanguageSelection.class.getName();
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : supportedOrEnglish(request.getLocale());
    }

    /** The ISO code for the page's {@code lang} attribute. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** A language's name in that language, as a language switch shows it. */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The address of this page without its query, for coming back after switching language. */
    public String getReturnPath() {
        for (String attribute : List.of("jakarta.servlet.error.request_uri", "jakarta.servlet.forward.request_uri")) {
            if (request.getAttribute(attribute) instanceof String original) {
                return original;
            }
        }
        return request.getRequestURI();
    }

    static void choose(HttpSession session, String languageTag) {
        session.setAttribute(SESSION_ATTRIBUTE, supportedOrEnglish(Locale.forLanguageTag(languageTag)));
    }

    static Locale supportedOrEnglish(Locale requested) {
        return SUPPORTED.stream()
                .filter(supported ->
                        requested != null && supported.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
