package org.dmp.domain.content;

import java.util.UUID;
import org.dmp.domain.shared.Require;

/** Where a document's content is in the content store. Opaque outside the store. */
public record ContentRef(UUID value) {

  public ContentRef {
    Require.present(value, "référence du contenu", "content reference");
  }

  public static ContentRef generate() {
    return new ContentRef(UUID.randomUUID());
  }
}
