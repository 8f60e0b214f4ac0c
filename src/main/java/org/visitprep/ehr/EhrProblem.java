package org.visitprep.ehr;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What went wrong between the portal and an EHR, as a person is told it: in English or French, with what to do.
 * Arguments are short and never carry a token or health data: an EHR's name, an OAuth error code, an HTTP status.
 */
public enum EhrProblem {
    UNKNOWN_EHR("unknown.ehr"),
    LAUNCH_INCOMPLETE("launch.incomplete"),
    EHR_UNREACHABLE("ehr.unreachable"),
    EHR_UNAVAILABLE("ehr.unavailable"),
    EHR_MISCONFIGURED("ehr.misconfigured"),
    STATE_MISMATCH("state.mismatch"),
    LAUNCH_EXPIRED("launch.expired"),
    ACCESS_DENIED("access.denied"),
    AUTHORIZATION_FAILED("authorization.failed"),
    TOKEN_REFUSED("token.refused"),
    INCOMPLETE_TOKEN_RESPONSE("incomplete.token.response"),
    ID_TOKEN_INVALID("id.token.invalid"),
    NOT_CONNECTED("not.connected"),
    ALREADY_LINKED("already.linked"),
    RECONNECT_NEEDED("reconnect.needed"),
    ACCESS_FORBIDDEN("access.forbidden"),
    UNREADABLE_ANSWER("unreadable.answer"),
    RECORD_TOO_LARGE("record.too.large"),
    CLINICIAN_UNKNOWN("clinician.unknown"),
    INSECURE_ENDPOINT("insecure.endpoint"),
    IDENTITY_MISMATCH("identity.mismatch");

    private static final String BUNDLE = "org.visitprep.ehr.EhrMessages";
    private static final int LONGEST_ARGUMENT = 80;

    private final String messageKey;

    EhrProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    /** The message in French for any French locale, in English otherwise. */
    public String message(Locale locale, List<String> arguments) {
        Locale language = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage())
                ? Locale.FRENCH
                : Locale.ENGLISH;
        ResourceBundle messages = ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(messages.getString(messageKey), language)
                .format(arguments.stream().map(EhrProblem::shortened).toArray());
    }

    private static String shortened(String argument) {
        String single = String.valueOf(argument).replaceAll("\\s+", " ").strip();
        return single.length() <= LONGEST_ARGUMENT ? single : single.substring(0, LONGEST_ARGUMENT) + "…";
    }
}
