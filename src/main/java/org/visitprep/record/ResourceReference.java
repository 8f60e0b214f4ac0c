package org.visitprep.record;

/**
 * A reference from one resource to another as the source wrote it ({@code Patient/123}, {@code urn:uuid:...},
 * or an absolute URL), with the element it came from ({@code subject}, {@code encounter}, {@code result},
 * {@code hasMember}, {@code medication}, ...). It matches another entry's {@link RecordEntry#fullUrl()} or
 * {@code resourceType/resourceId}.
 */
public record ResourceReference(String element, String reference) {}
