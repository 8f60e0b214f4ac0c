package org.visitprep.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Stores an optional {@link UUID} in a {@code varchar(36)} column. EclipseLink 4.0's own UUID conversion fails on
 * SQL NULL (a NullPointerException when reading; on PostgreSQL a null bound as {@code varchar} that a {@code uuid}
 * column refuses), so a UUID that may be absent goes in a text column through this converter instead.
 */
@Converter
public class UuidTextConverter implements AttributeConverter<UUID, String> {

    @Override
    public String convertToDatabaseColumn(UUID uuid) {
        return uuid == null ? null : uuid.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String stored) {
        return stored == null ? null : UUID.fromString(stored);
    }
}
