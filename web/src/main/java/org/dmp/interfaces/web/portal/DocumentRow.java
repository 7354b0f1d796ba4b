package org.dmp.interfaces.web.portal;

import java.time.Instant;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.PatientCategory;

/** A document as a line of the portal: what the patient sees of it and what they may do. */
public record DocumentRow(DocumentView view) {

  public String getId() {
    return view.entryUuid().value().toString();
  }

  public String getTitle() {
    return view.title();
  }

  public String getAuthor() {
    return view.author().name();
  }

  /** The author's organisation, if a professional's. */
  public String getOrganisation() {
    return view.author().organisationName();
  }

  public Instant getDate() {
    return view.creationTime();
  }

  public String getMimeType() {
    return view.mimeType();
  }

  public PatientCategory getCategory() {
    return PatientCategory.of(view.classCode(), view.typeCode());
  }

  /** Hidden from professionals (MASQUE_PS). */
  public boolean isHidden() {
    return view.confidentiality().contains(ConfidentialityCode.MASQUE_PS);
  }

  public boolean isArchived() {
    return view.status() == AvailabilityStatus.ARCHIVED;
  }

  /**
   * Added from the patient's side (the patient or a representative): the portal offers to delete
   * it; the policy (AUTHOR_ONLY) decides all the same.
   */
  public boolean isOwn() {
    return view.author().kind() == ActorKind.PATIENT
        || view.author().kind() == ActorKind.REPRESENTATIVE;
  }

  /** Shown in the portal: current documents and archived ones; not replaced nor deleted ones. */
  boolean shown() {
    return view.status() == AvailabilityStatus.APPROVED
        || view.status() == AvailabilityStatus.ARCHIVED;
  }
}
