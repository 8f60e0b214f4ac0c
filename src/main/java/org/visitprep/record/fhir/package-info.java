/**
 * FHIR R4 import: JSON or XML files holding one resource or a Bundle (collection, document including International
 * Patient Summary documents, searchset, transaction, batch), read into normalized record entries.
 *
 * <p>How it reads: {@link org.visitprep.record.fhir.FhirRecordReader} splits a JSON file into its resources with a
 * streaming scan that keeps each resource's exact bytes as its original, then HAPI parses and the normalizer reads
 * them in parallel. XML is checked by a hardened reader (no DOCTYPE, so no entity) and parsed whole; its originals
 * are HAPI's JSON encoding. Medication references are resolved to the referenced Medication's code.
 *
 * <p>What it refuses (all or nothing: one problem refuses the file, with every problem found listed):
 * <ul>
 *   <li>anything HAPI's R4 parser finds wrong (unknown elements, wrong JSON types, invalid codes, dangling
 *       contained references), JSON rules it does not check (empty arrays, empty fullUrl), and missing required
 *       elements of the normalized kinds; a resource that looks like DSTU2 or STU3 is named as such;</li>
 *   <li><b>a second patient</b>: a file with two Patient resources of different identities, naming both ids;</li>
 *   <li><b>conflicting duplicates</b>: two different resources under one identity (same fullUrl, or same type and id).
 *       Identical repeats are not a problem: the first is kept.</li>
 * </ul>
 * Resources of other types are kept as they are, as kind {@code OTHER}. Nothing here stores or logs anything.
 */
package org.visitprep.record.fhir;
