package org.visitprep.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who an administrator invites as a clinician: user name, first and last name, e-mail address. {@link #problems()}
 * says what is wrong with it before anything is sent to the identity provider.
 */
public record Invitation(String username, String firstName, String lastName, String email) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int NAME_LENGTH = 100;

    /** A field of the invitation a problem is about. */
    public enum Field {
        USERNAME,
        FIRST_NAME,
        LAST_NAME,
        EMAIL
    }

    /** What is wrong, and where. */
    public enum Problem {
        USERNAME_INVALID(Field.USERNAME),
        FIRST_NAME_MISSING(Field.FIRST_NAME),
        LAST_NAME_MISSING(Field.LAST_NAME),
        NAME_TOO_LONG(Field.LAST_NAME),
        EMAIL_INVALID(Field.EMAIL);

        private final Field field;

        Problem(Field field) {
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    public Invitation {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        email = email == null ? "" : email.strip();
    }

    /** Every problem of this invitation; empty when it can be sent. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.USERNAME_INVALID);
        }
        if (firstName.isEmpty()) {
            problems.add(Problem.FIRST_NAME_MISSING);
        }
        if (lastName.isEmpty()) {
            problems.add(Problem.LAST_NAME_MISSING);
        }
        if (firstName.length() > NAME_LENGTH || lastName.length() > NAME_LENGTH) {
            problems.add(Problem.NAME_TOO_LONG);
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(Problem.EMAIL_INVALID);
        }
        return List.copyOf(problems);
    }
}
