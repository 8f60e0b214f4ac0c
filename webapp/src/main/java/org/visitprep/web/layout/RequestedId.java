package org.visitprep.web.layout;

import java.util.Optional;
import java.util.UUID;

/** An id a page was asked for in its address or a form: anything that is not one is simply not found. */
public final class RequestedId {

    private RequestedId() {}

    public static Optional<UUID> parse(String requested) {
        try {
            return requested == null ? Optional.empty() : Optional.of(UUID.fromString(requested.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
