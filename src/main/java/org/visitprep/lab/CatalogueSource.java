package org.visitprep.lab;

import java.util.Objects;

/** A published source the catalogue cites for codes, ranges or critical limits. */
public record CatalogueSource(String id, String title, String publisher, String url, String usedFor) {

    public CatalogueSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(usedFor, "usedFor");
    }
}
