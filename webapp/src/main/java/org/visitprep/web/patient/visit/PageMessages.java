package org.visitprep.web.patient.visit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.visitprep.visit.Problem;

/** Messages for the person on the page: the core's refusals in their language, and the page's own notes. */
public final class PageMessages {

    private PageMessages() {}

    /** Each problem's message, for the whole page. */
    public static void refused(List<Problem> problems, Locale locale) {
        refused(null, problems, locale);
    }

    /** Each problem's message, for a component of the page (null: the whole page). */
    public static void refused(String clientId, List<Problem> problems, Locale locale) {
        problems.forEach(problem -> error(clientId, problem.message(locale)));
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        info(null, text);
    }

    public static void info(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A word of the visit pages' bundle, in the page's language. */
    public static String word(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        var bundle = context.getApplication().getResourceBundle(context, "visitMsg");
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** Keeps the messages across a redirect. */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
