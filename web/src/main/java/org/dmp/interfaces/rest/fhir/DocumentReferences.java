package org.dmp.interfaces.rest.fhir;

import java.util.Date;
import java.util.HexFormat;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.ConfidentialityCode;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * A document entry as an MHD DocumentReference: id = entryUUID, masterIdentifier = uniqueId,
 * category = classCode, type = typeCode, securityLabel = confidentialityCode, content.format =
 * formatCode, attachment = MIME type, language, size, SHA-1, title, creation time and the ITI-68
 * URL of the content; context = service period, facility type, practice setting; relatesTo = the
 * entry it replaces; the author as contained Practitioner, PractitionerRole and Organization.
 */
final class DocumentReferences {

  private DocumentReferences() {}

  static DocumentReference of(DocumentView d, String base) {
    DocumentReference r = new DocumentReference();
    r.setId(d.entryUuid().value().toString());
    r.getMeta().setVersionId(String.valueOf(d.metadataVersion()));
    r.setMasterIdentifier(
        new Identifier().setSystem(Fhir.URI_SYSTEM).setValue(oidUrn(d.uniqueId().value())));
    r.addIdentifier(
        new Identifier()
            .setUse(Identifier.IdentifierUse.OFFICIAL)
            .setSystem(Fhir.URI_SYSTEM)
            .setValue(d.entryUuid().urn()));
    r.setStatus(status(d.status()));
    if (d.status() == AvailabilityStatus.ARCHIVED) {
      r.addExtension(Fhir.ARCHIVED, new BooleanType(true));
    }
    r.setType(Codes.concept(d.typeCode()));
    r.addCategory(
        new CodeableConcept(
            new Coding(
                "urn:oid:" + ClassCode.CODE_SYSTEM, d.classCode().code(), d.classCode().french())));
    r.setSubject(Patients.reference(d.recordId(), d.patient()));
    r.setDate(Date.from(d.submittedAt()));
    author(r, d.author());
    for (ConfidentialityCode c : d.confidentiality()) {
      r.addSecurityLabel(
          new CodeableConcept(new Coding(Codes.system(c.codeSystem()), c.code(), c.french())));
    }
    Attachment a =
        new Attachment()
            .setContentType(d.mimeType())
            .setLanguage(d.languageCode())
            .setUrl(base + "Binary/" + d.entryUuid().value())
            .setSize((int) Math.min(Integer.MAX_VALUE, d.size()))
            .setHash(HexFormat.of().parseHex(d.sha1()))
            .setTitle(d.title())
            .setCreation(Date.from(d.creationTime()));
    r.addContent().setAttachment(a).setFormat(Codes.coding(d.formatCode()));
    DocumentReference.DocumentReferenceContextComponent context = r.getContext();
    if (d.serviceStartTime() != null || d.serviceStopTime() != null) {
      Period period = new Period();
      if (d.serviceStartTime() != null) {
        period.setStart(Date.from(d.serviceStartTime()));
      }
      if (d.serviceStopTime() != null) {
        period.setEnd(Date.from(d.serviceStopTime()));
      }
      context.setPeriod(period);
    }
    context.setFacilityType(Codes.concept(d.healthcareFacilityType()));
    context.setPracticeSetting(Codes.concept(d.practiceSetting()));
    if (d.replaces() != null) {
      r.addRelatesTo()
          .setCode(DocumentReference.DocumentRelationshipType.REPLACES)
          .setTarget(new Reference("DocumentReference/" + d.replaces().value()));
    }
    return r;
  }

  static DocumentReferenceStatus status(AvailabilityStatus status) {
    return switch (status) {
      case APPROVED, ARCHIVED -> DocumentReferenceStatus.CURRENT;
      case DEPRECATED -> DocumentReferenceStatus.SUPERSEDED;
      case DELETED -> DocumentReferenceStatus.ENTEREDINERROR;
    };
  }

  static String oidUrn(String uniqueId) {
    return uniqueId.matches("[0-2](\\.\\d+)+") ? "urn:oid:" + uniqueId : uniqueId;
  }

  private static void author(DocumentReference r, Author author) {
    if (author.kind() == ActorKind.PATIENT) {
      // the patient's own document: its author is the subject
      r.addAuthor(r.getSubject().copy());
      return;
    }
    if (author.kind() == ActorKind.REPRESENTATIVE) {
      RelatedPerson person = new RelatedPerson();
      person.setId("author");
      person.addName().setText(author.name());
      person.setPatient(r.getSubject().copy());
      r.addContained(person);
      r.addAuthor(new Reference("#author"));
      return;
    }
    if (author.kind() != ActorKind.PROFESSIONAL) {
      // a feeding system (the insurer's, a lab's): the organisation that runs it
      Organization o = new Organization().setName(author.name());
      o.setId("author");
      o.addIdentifier().setValue(author.id());
      r.addContained(o);
      r.addAuthor(new Reference("#author"));
      return;
    }
    Practitioner p = new Practitioner();
    p.setId("author-person");
    p.addIdentifier().setSystem(Fhir.RPPS_SYSTEM).setValue(author.id());
    p.addName().setText(author.name());
    r.addContained(p);
    PractitionerRole role = new PractitionerRole();
    role.setId("author");
    role.setPractitioner(new Reference("#author-person"));
    if (author.profession() != null) {
      role.addCode(
          new CodeableConcept(
              new Coding(
                  "urn:oid:" + org.dmp.domain.professional.Profession.CODE_SYSTEM,
                  author.profession().code(),
                  author.profession().french())));
    }
    if (author.specialty() != null) {
      role.addSpecialty(
          new CodeableConcept(
              new Coding("urn:oid:1.2.250.1.71.4.2.5", author.specialty().code(), null)));
    }
    if (author.finess() != null) {
      Organization o = new Organization().setName(author.organisationName());
      o.setId("author-organisation");
      o.addIdentifier().setSystem(Fhir.FINESS_SYSTEM).setValue(author.finess().value());
      r.addContained(o);
      role.setOrganization(new Reference("#author-organisation"));
    }
    r.addContained(role);
    r.addAuthor(new Reference("#author"));
  }
}
