package org.visitprep.sharing;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Someone who asks to open a shared summary: their portal account, and how they came.
 *
 * @param ehrOrganizationId the organization of the EHR they were launched from; null through the portal
 */
public record Viewer(UUID accountId, Channel channel, String ehrOrganizationId) {

    public Viewer {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(channel, "channel");
        if (channel == Channel.EHR && (ehrOrganizationId == null || ehrOrganizationId.isBlank())) {
            throw new IllegalArgumentException("A viewer launched from an EHR comes with its organization");
        }
        if (channel == Channel.PORTAL) {
            ehrOrganizationId = null;
        }
    }

    public static Viewer throughPortal(UUID accountId) {
        return new Viewer(accountId, Channel.PORTAL, null);
    }

    public static Viewer throughEhr(UUID accountId, String ehrOrganizationId) {
        return new Viewer(accountId, Channel.EHR, ehrOrganizationId);
    }

    /**
     * The grantees the viewer acts for. Through the portal: themself and the practices and EHR organizations they
     * belong to. Launched from an EHR: that EHR's organization only, as the launch vouches for nothing else.
     *
     * @param memberships the organizations the viewer's account belongs to
     */
    public Set<Grantee> actsFor(Collection<Grantee> memberships) {
        if (channel == Channel.EHR) {
            return Set.of(Grantee.ehrOrganization(ehrOrganizationId));
        }
        Set<Grantee> grantees = new LinkedHashSet<>();
        grantees.add(Grantee.clinician(accountId));
        grantees.addAll(memberships);
        return grantees;
    }
}
