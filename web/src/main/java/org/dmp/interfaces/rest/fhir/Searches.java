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

  /**
   * Puts one page of results into {@code bundle}: {@code page}, the resources of the page that
   * starts at {@code offset}, out of {@code total}; with its links.
   */
  static void page(
      Bundle bundle, List<? extends Resource> page, int total, UriInfo uri, int offset, int count) {
    bundle.setTotal(total);
    String base = uri.getBaseUri().toString();
    for (Resource r : page) {
      bundle
          .addEntry()
          .setFullUrl(base + r.fhirType() + "/" + r.getIdElement().getIdPart())
          .setResource(r)
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    bundle.addLink().setRelation("self").setUrl(at(uri, offset, count));
    if (offset + count < total) {
      bundle.addLink().setRelation("next").setUrl(at(uri, offset + count, count));
    }
    if (offset > 0) {
      bundle.addLink().setRelation("previous").setUrl(at(uri, Math.max(0, offset - count), count));
    }
  }

  /** The part of {@code all} a page at {@code offset} of {@code count} shows. */
  static <T> List<T> slice(List<T> all, int offset, int count) {
    return all.subList(Math.min(offset, all.size()), Math.min(offset + count, all.size()));
  }

  private static String at(UriInfo uri, int offset, int count) {
    return uri.getRequestUriBuilder()
        .replaceQueryParam("_offset", offset)
        .replaceQueryParam("_count", count)
        .build()
        .toString();
  }
}
