package org.visitprep.sharing;

/** How a clinician reached a shared summary. */
public enum Channel {
    /** Signed in to the portal, from their worklist. */
    PORTAL,
    /** Launched from inside their EHR (SMART App Launch). */
    EHR
}
