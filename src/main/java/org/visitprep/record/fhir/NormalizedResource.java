package org.visitprep.record.fhir;

import java.util.List;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EntryDetail;
import org.visitprep.record.EntryKind;
import org.visitprep.record.ResourceReference;

/**
 * What the normalizer reads from one HAPI resource, before it is tied to an identity and an original.
 *
 * @param unresolvedMedication the Medication reference a medication entry makes when it has no code of its own;
 *     resolved against the bundle's Medication resources afterwards
 */
record NormalizedResource(
        EntryKind kind,
        EffectiveTime effective,
        EntryDetail detail,
        List<ResourceReference> references,
        String unresolvedMedication) {}
