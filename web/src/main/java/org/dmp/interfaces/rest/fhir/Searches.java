package org.dmp.interfaces.rest.fhir;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Search results as a searchset Bundle, one page of them, with self, next and previous links. */
final class Searches {

  private Searches() {}

  static Bundle searchset() {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.SEARCHSET);
    return bundle;
  }

  /** Puts the page of {@code all} at {@code offset} into {@code bundle}, with its links. */
  static void page(
      Bundle bundle, List<? extends Resource> all, UriInfo uri, int offset, int count) {
    bundle.setTotal(all.size());
    String base = uri.getBaseUri().toString();
    for (Resource r :
        all.subList(Math.min(offset, all.size()), Math.min(offset + count, all.size()))) {
      bundle
          .addEntry()
          .setFullUrl(base + r.fhirType() + "/" + r.getIdElement().getIdPart())
          .setResource(r)
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    bundle.addLink().setRelation("self").setUrl(at(uri, offset, count));
    if (offset + count < all.size()) {
      bundle.addLink().setRelation("next").setUrl(at(uri, offset + count, count));
    }
    if (offset > 0) {
      bundle.addLink().setRelation("previous").setUrl(at(uri, Math.max(0, offset - count), count));
    }
  }

  private static String at(UriInfo uri, int offset, int count) {
    return uri.getRequestUriBuilder()
        .replaceQueryParam("_offset", offset)
        .replaceQueryParam("_count", count)
        .build()
        .toString();
  }
}
