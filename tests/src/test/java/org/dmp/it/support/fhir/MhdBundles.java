package org.dmp.it.support.fhir;

import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.dmp.domain.patient.Ins;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Reference;

/**
 * ITI-65 Provide Document Bundles as an institution's software builds them (MHD Comprehensive
 * Metadata, the PDSm's code systems): a SubmissionSet List, a DocumentReference and a Binary per
 * document.
 */
public final class MhdBundles {

  private static final String MHD = "https://profiles.ihe.net/ITI/MHD/StructureDefinition/";

  private MhdBundles() {}

  /** One document to provide; change its fields before building the Bundle. */
  public static final class Doc {
    public String uniqueId =
        "1.2.250.1.999.2." + Math.abs(UUID.randomUUID().getMostSignificantBits());
    public String title = "Compte rendu d'hospitalisation";
    public String classCode = "10";
    public String typeCode = "34112-3";
    public String confidentiality = "N";
    public String contentType = "application/pdf";
    public Date creation = new Date(1_763_000_000_000L);
    public byte[] content;
    public String replaces;
    public boolean hashOfOtherContent;

    public Doc(byte[] content) {
      this.content = content;
    }
  }

  public static Bundle provide(Ins ins, Doc... docs) {
    return provide(ins, List.of(docs));
  }

  public static Bundle provide(Ins ins, List<Doc> docs) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    ListResource set = new ListResource();
    set.setStatus(ListResource.ListStatus.CURRENT).setMode(ListResource.ListMode.WORKING);
    set.setCode(
        new CodeableConcept(
            new Coding(
                "https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes",
                "submissionset",
                null)));
    set.addIdentifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setSystem("urn:ietf:rfc:3986")
        .setValue(
            "urn:oid:1.2.250.1.999.3." + Math.abs(UUID.randomUUID().getMostSignificantBits()));
    set.addExtension(
        MHD + "ihe-sourceId",
        new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:oid:1.2.250.1.999.4"));
    set.addExtension(
        MHD + "ihe-designationType",
        new CodeableConcept(new Coding("urn:oid:1.2.250.1.213.1.1.4.12", "04", "Hospitalisation")));
    set.setSubject(subject(ins));
    set.setDate(new Date());
    set.setTitle("Lot de documents");
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:" + UUID.randomUUID())
        .setResource(set)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("List");
    for (Doc d : docs) {
      String binaryUrl = "urn:uuid:" + UUID.randomUUID();
      String referenceUrl = "urn:uuid:" + UUID.randomUUID();
      DocumentReference r = new DocumentReference();
      r.setStatus(DocumentReferenceStatus.CURRENT);
      r.setMasterIdentifier(
          new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:oid:" + d.uniqueId));
      r.addIdentifier()
          .setUse(Identifier.IdentifierUse.OFFICIAL)
          .setSystem("urn:ietf:rfc:3986")
          .setValue(referenceUrl);
      r.addCategory(
          new CodeableConcept(new Coding("urn:oid:1.2.250.1.213.1.1.4.1", d.classCode, null)));
      r.setType(new CodeableConcept(new Coding("http://loinc.org", d.typeCode, d.title)));
      r.setSubject(subject(ins));
      r.addSecurityLabel(
          new CodeableConcept(
              new Coding(
                  "N".equals(d.confidentiality)
                      ? "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
                      : "urn:oid:1.2.250.1.213.1.1.4.13",
                  d.confidentiality,
                  null)));
      r.addContent()
          .setFormat(
              new Coding(
                  "urn:oid:1.3.6.1.4.1.19376.1.2.3",
                  "urn:ihe:iti:xds:2017:mimeTypeSufficient",
                  null))
          .getAttachment()
          .setContentType(d.contentType)
          .setLanguage("fr-FR")
          .setTitle(d.title)
          .setCreation(d.creation)
          .setUrl(binaryUrl)
          .setSize(d.content.length)
          .setHash(sha1(d.hashOfOtherContent ? new byte[] {1} : d.content));
      r.getContext()
          .setPracticeSetting(
              new CodeableConcept(
                  new Coding("urn:oid:1.2.250.1.213.1.1.4.9", "ETABLISSEMENT", null)));
      if (d.replaces != null) {
        r.addRelatesTo()
            .setCode(DocumentReference.DocumentRelationshipType.REPLACES)
            .setTarget(new Reference("DocumentReference/" + d.replaces));
      }
      bundle
          .addEntry()
          .setFullUrl(referenceUrl)
          .setResource(r)
          .getRequest()
          .setMethod(Bundle.HTTPVerb.POST)
          .setUrl("DocumentReference");
      bundle
          .addEntry()
          .setFullUrl(binaryUrl)
          .setResource(new Binary().setContentType(d.contentType).setData(d.content))
          .getRequest()
          .setMethod(Bundle.HTTPVerb.POST)
          .setUrl("Binary");
    }
    return bundle;
  }

  public static Reference subject(Ins ins) {
    return new Reference()
        .setIdentifier(new Identifier().setSystem("urn:oid:" + ins.oid()).setValue(ins.value()));
  }

  /** {@code patient.identifier=<system>|<NIR>} as a search wants it. */
  public static String patientToken(Ins ins) {
    return "urn:oid:" + ins.oid() + "|" + ins.value();
  }

  private static byte[] sha1(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
