package org.visitprep.web.it.admin;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The link of Keycloak's "set your password" e-mail, read from the message as a mail program would. */
final class InvitationMail {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private InvitationMail() {}

    static boolean holdsLink(SmtpSink.Mail mail) {
        return ACTION_LINK.matcher(decoded(mail.text())).find();
    }

    static URI link(SmtpSink.Mail mail) {
        var matcher = ACTION_LINK.matcher(decoded(mail.text()));
        if (!matcher.find()) {
            throw new AssertionError("The e-mail holds no set-password link");
        }
        return URI.create(matcher.group().replace("&amp;", "&"));
    }

    /** Undoes quoted-printable (RFC 2045), in which Keycloak's mail program writes the text. */
    static String decoded(String text) {
        String joined = text.replace("=\r\n", "");
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
