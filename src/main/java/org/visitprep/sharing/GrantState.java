package org.visitprep.sharing;

/** Where a grant stands now. */
public enum GrantState {
    ACTIVE,
    REVOKED,
    EXPIRED
}
