package org.visitprep.ehr.sandbox.smart;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A set of OAuth scopes in SMART's syntax, v2 ({@code patient/Observation.rs}) and v1 ({@code user/*.read}).
 * The sandbox only reads, so a grant keeps just the read ({@code r}) and search ({@code s}) permissions.
 */
public final class Scopes {

    /** What a FHIR request does with a resource type; a scope must permit it. */
    public enum Interaction {
        READ,
        SEARCH
    }

    private static final Pattern RESOURCE_SCOPE =
            Pattern.compile("(patient|user)/([A-Z][A-Za-z]+|\\*)\\.(read|write|\\*|[cruds]+)(\\?.*)?");
    private static final Set<String> CONTEXT_SCOPES = Set.of(
            "openid",
            "fhirUser",
            "profile",
            "launch",
            "launch/patient",
            "launch/encounter",
            "offline_access",
            "online_access");

    private final Set<String> values;

    private Scopes(Set<String> values) {
        this.values = values;
    }

    public static Scopes parse(String scope) {
        if (scope == null || scope.isBlank()) {
            return new Scopes(Set.of());
        }
        return new Scopes(
                Arrays.stream(scope.strip().split("\\s+")).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * The scopes the sandbox grants for these: context scopes as asked, resource scopes reduced to reading, and
     * {@code user/} scopes only for a practitioner. Anything else is left out of the grant.
     */
    public Scopes grantedTo(SandboxUser user) {
        Set<String> granted = new LinkedHashSet<>();
        for (String value : values) {
            if (CONTEXT_SCOPES.contains(value)) {
                granted.add(value);
            } else {
                readOnly(value)
                        .filter(scope -> user.isPractitioner() || !scope.startsWith("user/"))
                        .ifPresent(granted::add);
            }
        }
        return new Scopes(granted);
    }

    /** A narrower set, as a refresh request may ask: only scopes already held are kept. */
    public Scopes narrowedTo(Scopes requested) {
        Set<String> kept = new LinkedHashSet<>(requested.values);
        kept.retainAll(values);
        return new Scopes(kept);
    }

    public boolean contains(String scope) {
        return values.contains(scope);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean containsAll(Scopes other) {
        return values.containsAll(other.values);
    }

    public boolean hasResourceScopeFor(String level) {
        return values.stream().anyMatch(value -> value.startsWith(level + "/"));
    }

    /** Whether a scope of this level ({@code patient} or {@code user}) lets a request do this with this type. */
    public boolean permit(String level, String resourceType, Interaction interaction) {
        for (String value : values) {
            Matcher scope = RESOURCE_SCOPE.matcher(value);
            if (scope.matches()
                    && scope.group(1).equals(level)
                    && (scope.group(2).equals("*") || scope.group(2).equals(resourceType))
                    && permissionsAllow(scope.group(3), interaction)) {
                return true;
            }
        }
        return false;
    }

    private static boolean permissionsAllow(String permissions, Interaction interaction) {
        return switch (permissions) {
            case "read", "*" -> true;
            case "write" -> false;
            default -> permissions.indexOf(interaction == Interaction.READ ? 'r' : 's') >= 0;
        };
    }

    private static Optional<String> readOnly(String value) {
        Matcher scope = RESOURCE_SCOPE.matcher(value);
        if (!scope.matches()) {
            return Optional.empty();
        }
        String permissions = scope.group(3);
        String kept = switch (permissions) {
            case "read", "*" -> "read";
            case "write" -> "";
            default -> permissions.replaceAll("[cud]", "");
        };
        String query = scope.group(4) == null ? "" : scope.group(4);
        return kept.isEmpty()
                ? Optional.empty()
                : Optional.of(scope.group(1) + "/" + scope.group(2) + "." + kept + query);
    }

    @Override
    public String toString() {
        return String.join(" ", values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scopes scopes && scopes.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
