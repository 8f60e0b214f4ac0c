package org.visitprep.administration;

import java.util.Objects;
import java.util.UUID;

/** The administrator making a change, as the audit names them: their portal account and display name. */
public record Administrator(UUID accountId, String name) {

    public Administrator {
        Objects.requireNonNull(accountId);
        name = name == null ? "" : name;
    }
}
