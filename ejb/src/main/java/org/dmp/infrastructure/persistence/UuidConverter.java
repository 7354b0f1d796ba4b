package org.dmp.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Writes {@link UUID} attributes as text and reads them as the driver returns them. EclipseLink
 * 4.0.9's own UUID conversion fails on a null column value (eclipse-ee4j/eclipselink#2768, fixed
 * after 4.0.9); PostgreSQL casts the text to {@code uuid} because the datasource sends parameters
 * untyped ({@code stringtype=unspecified}, config/cli/datasource.cli). Remove when a fixed 4.0.x is
 * released.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID value) {
    return value == null ? null : value.toString();
  }

  @Override
  public UUID convertToEntityAttribute(Object stored) {
    // the driver returns uuid columns as UUID already; text only if a column is not uuid
    if (stored == null || stored instanceof UUID) {
      return (UUID) stored;
    }
    return UUID.fromString(stored.toString());
  }
}
