package org.dmp.interfaces.rest.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.DocumentSubmission;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.SubmissionSetMetadata;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;
import org.dmp.domain.shared.Oid;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * An ITI-65 Provide Document Bundle read into a submission: a transaction Bundle holding one
 * SubmissionSet List, its DocumentReferences and a Binary for each ({@code attachment.url} = the
 * Binary's {@code fullUrl}). What MHD's Comprehensive Metadata asks for is required; the author of
 * a document without a contained PractitionerRole is the professional who submits it.
 */
final class ProvideBundle {

  /** The read submission, and the Bundle entry of each part, for the response. */
  record Read(
      Ins patient,
      SubmissionSetMetadata set,
      List<DocumentSubmission> documents,
      int setEntry,
      List<Integer> documentEntries,
      Map<Integer, Integer> binaryOfDocument) {}

  private ProvideBundle() {}

  static Read read(Bundle bundle, Actor submitter, Instant now) {
    if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
      throw FhirInputException.invalid(
          "Bundle.type",
          "ITI-65 attend un Bundle de type transaction",
          "ITI-65 expects a Bundle of type transaction");
    }
    ListResource set = null;
    int setEntry = -1;
    List<Integer> references = new ArrayList<>();
    Map<String, Integer> binaries = new HashMap<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
      Resource r = e.getResource();
      String where = "Bundle.entry[" + i + "]";
      if (r == null) {
        throw FhirInputException.missing(where + ".resource");
      }
      if (!e.hasRequest() || e.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
        throw FhirInputException.invalid(
            where + ".request",
            "chaque entrée d'un ITI-65 est un POST",
            "each entry of an ITI-65 is a POST");
      }
      if (r instanceof ListResource list) {
        if (set != null) {
          throw FhirInputException.invalid(
              where, "un seul lot de soumission (List)", "a single SubmissionSet (List)");
        }
        set = list;
        setEntry = i;
      } else if (r instanceof DocumentReference) {
        references.add(i);
      } else if (r instanceof Binary) {
        if (!e.hasFullUrl()) {
          throw FhirInputException.missing(where + ".fullUrl");
        }
        binaries.put(e.getFullUrl(), i);
      } else {
        throw FhirInputException.invalid(
            where + ".resource",
            "ressource inattendue dans un ITI-65 : " + r.fhirType(),
            "unexpected resource in an ITI-65: " + r.fhirType());
      }
    }
    if (set == null) {
      throw FhirInputException.missing("Bundle.entry (List SubmissionSet)");
    }
    if (references.isEmpty()) {
      throw FhirInputException.missing("Bundle.entry (DocumentReference)");
    }
    Ins patient = Patients.insOf(set.getSubject().getIdentifier(), "List.subject.identifier");
    List<DocumentSubmission> documents = new ArrayList<>();
    Map<Integer, Integer> binaryOf = new HashMap<>();
    for (int i : references) {
      String where = "Bundle.entry[" + i + "].resource";
      DocumentReference r = (DocumentReference) bundle.getEntry().get(i).getResource();
      Ins subject = Patients.insOf(r.getSubject().getIdentifier(), where + ".subject.identifier");
      if (!subject.equals(patient)) {
        throw FhirInputException.unprocessable(
            where + ".subject",
            "tous les documents d'un lot concernent le patient du lot",
            "every document of a submission set concerns the set's patient");
      }
      Attachment a = r.getContentFirstRep().getAttachment();
      Integer binary = binaries.get(a.getUrl());
      if (binary == null) {
        throw FhirInputException.invalid(
            where + ".content[0].attachment.url",
            "l'URL doit être le fullUrl d'un Binary du Bundle",
            "the URL must be the fullUrl of a Binary of the Bundle");
      }
      binaryOf.put(i, binary);
      Binary content = (Binary) bundle.getEntry().get(binary).getResource();
      documents.add(
          new DocumentSubmission(
              metadata(r, where, submitter),
              content.getData() == null ? new byte[0] : content.getData()));
    }
    if (new java.util.HashSet<>(binaryOf.values()).size() < binaries.size()) {
      throw FhirInputException.unprocessable(
          "Bundle.entry (Binary)",
          "chaque Binary est le contenu d'un DocumentReference du lot",
          "each Binary is the content of a DocumentReference of the Bundle");
    }
    return new Read(patient, submissionSet(set, now), documents, setEntry, references, binaryOf);
  }

  private static SubmissionSetMetadata submissionSet(ListResource list, Instant now) {
    String uniqueId = null;
    for (Identifier id : list.getIdentifier()) {
      if (id.getUse() == Identifier.IdentifierUse.USUAL && id.hasValue()) {
        uniqueId = stripOid(id.getValue());
      }
    }
    if (uniqueId == null) {
      throw FhirInputException.missing("List.identifier (use = usual, uniqueId)");
    }
    Extension source = list.getExtensionByUrl(Fhir.SOURCE_ID);
    if (source == null
        || !(source.getValue() instanceof Identifier sourceId)
        || !sourceId.hasValue()) {
      throw FhirInputException.missing("List.extension(ihe-sourceId).valueIdentifier");
    }
    Extension designation = list.getExtensionByUrl(Fhir.DESIGNATION_TYPE);
    if (designation == null || !(designation.getValue() instanceof CodeableConcept contentType)) {
      throw FhirInputException.missing("List.extension(ihe-designationType).valueCodeableConcept");
    }
    return new SubmissionSetMetadata(
        new Oid(uniqueId),
        entryUuid(list.getIdentifier()),
        new Oid(stripOid(sourceId.getValue())),
        list.hasDate() ? list.getDate().toInstant() : now,
        null,
        Codes.code(contentType, "List.extension(ihe-designationType)"),
        list.getTitle());
  }

  private static DocumentMetadata metadata(DocumentReference r, String where, Actor submitter) {
    if (!r.hasMasterIdentifier() || !r.getMasterIdentifier().hasValue()) {
      throw FhirInputException.missing(where + ".masterIdentifier");
    }
    CodeableConcept category = r.getCategoryFirstRep();
    if (category.getCoding().isEmpty()) {
      throw FhirInputException.missing(where + ".category");
    }
    Attachment a = r.getContentFirstRep().getAttachment();
    if (!a.hasContentType()) {
      throw FhirInputException.missing(where + ".content[0].attachment.contentType");
    }
    if (!a.getContentType().matches("[\\w.+-]+/[\\w.+-]+(\\s*;.*)?")) {
      throw FhirInputException.invalid(
          where + ".content[0].attachment.contentType",
          "type MIME invalide : " + a.getContentType(),
          "invalid MIME type: " + a.getContentType());
    }
    if (!a.hasCreation()) {
      throw FhirInputException.missing(where + ".content[0].attachment.creation");
    }
    if (r.getSecurityLabel().isEmpty()) {
      throw FhirInputException.missing(where + ".securityLabel");
    }
    Set<ConfidentialityCode> confidentiality = new LinkedHashSet<>();
    for (CodeableConcept label : r.getSecurityLabel()) {
      confidentiality.add(ConfidentialityCode.ofCode(label.getCodingFirstRep().getCode()));
    }
    DocumentReference.DocumentReferenceContextComponent context = r.getContext();
    EntryUuid replaces = null;
    for (DocumentReference.DocumentReferenceRelatesToComponent rel : r.getRelatesTo()) {
      if (rel.getCode() != DocumentReference.DocumentRelationshipType.REPLACES) {
        throw FhirInputException.unprocessable(
            where + ".relatesTo",
            "seul relatesTo.code = replaces est pris en charge (pas "
                + rel.getCode().toCode()
                + ")",
            "only relatesTo.code = replaces is supported (not " + rel.getCode().toCode() + ")");
      }
      replaces = EntryUuid.parse(rel.getTarget().getReferenceElement().getIdPart());
    }
    String title = a.hasTitle() ? a.getTitle() : r.getDescription();
    if (title == null || title.isBlank()) {
      throw FhirInputException.missing(where + ".content[0].attachment.title");
    }
    return new DocumentMetadata(
        new DocumentUniqueId(stripOid(r.getMasterIdentifier().getValue())),
        entryUuid(r.getIdentifier()),
        ClassCode.ofCode(category.getCodingFirstRep().getCode()),
        Codes.code(r.getType(), where + ".type"),
        Codes.code(r.getContentFirstRep().getFormat(), where + ".content[0].format"),
        a.getContentType(),
        title,
        author(r, where, submitter),
        a.getCreation().toInstant(),
        context.getPeriod().hasStart() ? context.getPeriod().getStart().toInstant() : null,
        context.getPeriod().hasEnd() ? context.getPeriod().getEnd().toInstant() : null,
        a.hasLanguage() ? a.getLanguage() : "fr-FR",
        confidentiality,
        Codes.optional(context.getFacilityType(), where + ".context.facilityType"),
        Codes.optional(context.getPracticeSetting(), where + ".context.practiceSetting"),
        null,
        replaces,
        a.hasSize() ? (long) a.getSize() : null,
        a.hasHash() ? HexFormat.of().formatHex(a.getHash()) : null);
  }

  /**
   * The entryUUID the submitter chose: its official {@code urn:uuid} identifier; none, and the
   * registry assigns one. (A Bundle entry's {@code fullUrl} is local to the Bundle: vendors reuse
   * them, so it is never taken as an entryUUID.)
   */
  private static EntryUuid entryUuid(List<Identifier> identifiers) {
    for (Identifier id : identifiers) {
      if (id.getUse() == Identifier.IdentifierUse.OFFICIAL
          && id.hasValue()
          && id.getValue().startsWith("urn:uuid:")) {
        return EntryUuid.parse(id.getValue());
      }
    }
    return null;
  }

  /** The author: the contained PractitionerRole the first author references, or the submitter. */
  private static Author author(DocumentReference r, String where, Actor submitter) {
    if (!r.hasAuthor()) {
      return Author.professionalSubmitting(
          new Rpps(submitter.id()),
          submitter.displayName(),
          submitter.role().specialty(),
          submitter.role().organisation(),
          null,
          submitter);
    }
    Resource referenced = contained(r, r.getAuthorFirstRep());
    if (!(referenced instanceof PractitionerRole role)) {
      throw FhirInputException.invalid(
          where + ".author[0]",
          "l'auteur est une PractitionerRole contenue (#id)",
          "the author is a contained PractitionerRole (#id)");
    }
    Resource person = contained(r, role.getPractitioner());
    if (!(person instanceof Practitioner practitioner)) {
      throw FhirInputException.missing(
          where + ".author[0] PractitionerRole.practitioner (contained)");
    }
    String rpps = null;
    for (Identifier id : practitioner.getIdentifier()) {
      if (Fhir.RPPS_SYSTEM.equals(id.getSystem())) {
        rpps = id.getValue();
      }
    }
    if (rpps == null) {
      throw FhirInputException.missing(
          where + " Practitioner.identifier (RPPS, " + Fhir.RPPS_SYSTEM + ")");
    }
    String name = practitioner.getNameFirstRep().getNameAsSingleString();
    Specialty specialty =
        role.hasSpecialty()
            ? new Specialty(role.getSpecialtyFirstRep().getCodingFirstRep().getCode())
            : null;
    Finess finess = null;
    String organisationName = null;
    if (contained(r, role.getOrganization()) instanceof Organization o) {
      organisationName = o.getName();
      for (Identifier id : o.getIdentifier()) {
        if (Fhir.FINESS_SYSTEM.equals(id.getSystem())) {
          finess = new Finess(id.getValue());
        }
      }
    }
    Rpps id = new Rpps(rpps.length() == 12 && rpps.startsWith("8") ? rpps.substring(1) : rpps);
    String shown = name == null || name.isBlank() ? id.value() : name;
    return role.hasCode()
        ? Author.professional(
            id,
            shown,
            Profession.ofCode(role.getCodeFirstRep().getCodingFirstRep().getCode()),
            specialty,
            finess,
            organisationName)
        : Author.professionalSubmitting(id, shown, specialty, finess, organisationName, submitter);
  }

  private static Resource contained(DocumentReference r, Reference reference) {
    if (reference == null
        || !reference.hasReference()
        || !reference.getReference().startsWith("#")) {
      return null;
    }
    String id = reference.getReference().substring(1);
    for (Resource c : r.getContained()) {
      if (id.equals(c.getIdElement().getIdPart())) {
        return c;
      }
    }
    return null;
  }

  private static String stripOid(String value) {
    return value.startsWith("urn:oid:") ? value.substring("urn:oid:".length()) : value;
  }
}
