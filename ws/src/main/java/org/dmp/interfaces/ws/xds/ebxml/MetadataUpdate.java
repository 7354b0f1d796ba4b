package org.dmp.interfaces.ws.xds.ebxml;

import java.util.Set;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.EntryUuid;

/** One update of an ITI-57 request: new confidentiality codes, or a new availability status. */
public sealed interface MetadataUpdate {

  /**
   * A new metadata version of the document {@code logicalId}, replacing version {@code previous}.
   */
  record Confidentiality(EntryUuid logicalId, int previousVersion, Set<ConfidentialityCode> codes)
      implements MetadataUpdate {}

  /** The document {@code document} goes from status {@code original} to {@code target}. */
  record Status(EntryUuid document, AvailabilityStatus original, AvailabilityStatus target)
      implements MetadataUpdate {}
}
