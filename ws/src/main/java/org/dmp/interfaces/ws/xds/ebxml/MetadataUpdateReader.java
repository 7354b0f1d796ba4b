package org.dmp.interfaces.ws.xds.ebxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dmp.application.document.MetadataUpdate;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.EntryUuid;
import org.dmp.interfaces.ws.contract.lcm.SubmitObjectsRequest;
import org.dmp.interfaces.ws.contract.rim.AssociationType1;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.interfaces.ws.contract.rim.IdentifiableType;

/**
 * Reads an ITI-57 Update Document Set request: new versions of document entries (only their
 * confidentiality codes are taken: the DMP lets submitters hide, unhide and set the French
 * visibility flags, not rewrite a document's description) and availability-status changes.
 */
public final class MetadataUpdateReader {

  private MetadataUpdateReader() {}

  public static List<MetadataUpdate> read(SubmitObjectsRequest request) {
    Problems problems = new Problems();
    List<IdentifiableType> objects = Rim.objects(request.getRegistryObjectList());
    List<AssociationType1> associations = Rim.ofType(objects, AssociationType1.class);
    List<MetadataUpdate> updates = new ArrayList<>();
    for (IdentifiableType o : objects) {
      if (o instanceof ExtrinsicObjectType entry) {
        MetadataUpdate u = version(entry, associations, problems);
        if (u != null) {
          updates.add(u);
        }
      }
    }
    for (AssociationType1 a : associations) {
      if (Vocabulary.UPDATE_AVAILABILITY_STATUS.equals(a.getAssociationType())) {
        MetadataUpdate u = status(a, problems);
        if (u != null) {
          updates.add(u);
        }
      }
    }
    if (updates.isEmpty() && !problems.any()) {
      problems.add(
          XdsError.METADATA,
          "SubmitObjectsRequest",
          "Aucune mise à jour / No update in the request");
    }
    problems.throwIfAny();
    return updates;
  }

  private static MetadataUpdate version(
      ExtrinsicObjectType e, List<AssociationType1> associations, Problems problems) {
    String at = e.getId();
    EntryUuid lid = problems.attempt(() -> EntryUuid.parse(e.getLid()), at, "lid");
    String previous =
        associations.stream()
            .filter(
                a ->
                    Vocabulary.HAS_MEMBER.equals(a.getAssociationType())
                        && at.equals(a.getTargetObject()))
            .map(a -> Rim.firstSlot(a, "PreviousVersion").orElse(null))
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    if (previous == null) {
      problems.add(
          XdsError.METADATA,
          at,
          "PreviousVersion absent de l'association HasMember / Missing PreviousVersion on the HasMember association");
    }
    Set<ConfidentialityCode> codes = Rim.confidentiality(e, at, problems);
    Integer version =
        previous == null
            ? null
            : problems.attempt(() -> Integer.valueOf(previous), at, "PreviousVersion");
    return lid == null || version == null || codes.isEmpty()
        ? null
        : new MetadataUpdate.Confidentiality(lid, version, codes);
  }

  private static MetadataUpdate status(AssociationType1 a, Problems problems) {
    String at = a.getId();
    EntryUuid target =
        problems.attempt(() -> EntryUuid.parse(a.getTargetObject()), at, "targetObject");
    AvailabilityStatus original =
        statusOf(Rim.firstSlot(a, "OriginalStatus").orElse(null), at, "OriginalStatus", problems);
    AvailabilityStatus next =
        statusOf(Rim.firstSlot(a, "NewStatus").orElse(null), at, "NewStatus", problems);
    return target == null || original == null || next == null
        ? null
        : new MetadataUpdate.Status(target, original, next);
  }

  private static AvailabilityStatus statusOf(
      String urn, String at, String slot, Problems problems) {
    for (AvailabilityStatus s : AvailabilityStatus.values()) {
      if (s.urn().equals(urn)) {
        return s;
      }
    }
    problems.add(XdsError.METADATA, at, slot + " inconnu / unknown " + slot + ": " + urn);
    return null;
  }
}
