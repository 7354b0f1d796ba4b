package org.dmp.interfaces.ws.xds;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dmp.application.document.DocumentQueries;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.SubmissionView;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.DocumentQuery;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.rim.IdentifiableType;
import org.dmp.interfaces.ws.xds.ebxml.EntryWriter;
import org.dmp.interfaces.ws.xds.ebxml.StoredQuery;
import org.dmp.interfaces.ws.xds.ebxml.Vocabulary;
import org.dmp.interfaces.ws.xds.ebxml.XdsError;
import org.dmp.interfaces.ws.xds.ebxml.XdsException;

/**
 * Runs the ITI-18 stored queries the DMP offers, on the application's query service: the parameters
 * read, the results written as ebXML objects (or references). Unsupported queries are refused as
 * XDSUnknownStoredQuery.
 */
final class StoredQueryRunner {

  private final DocumentQueries queries;
  private final EntryWriter writer = new EntryWriter(XdsSettings.repositoryId());

  StoredQueryRunner(DocumentQueries queries) {
    this.queries = queries;
  }

  List<JAXBElement<? extends IdentifiableType>> run(StoredQuery q, Caller caller) {
    return switch (q.id()) {
      case Vocabulary.FIND_DOCUMENTS -> findDocuments(q, caller);
      case Vocabulary.FIND_SUBMISSION_SETS -> findSubmissionSets(q, caller);
      case Vocabulary.GET_DOCUMENTS ->
          entries(
              q,
              getDocuments(q, caller, "$XDSDocumentEntryEntryUUID", "$XDSDocumentEntryUniqueId"));
      case Vocabulary.GET_ASSOCIATIONS -> getAssociations(q, caller);
      case Vocabulary.GET_SUBMISSION_SET_AND_CONTENTS -> submissionSetAndContents(q, caller);
      case Vocabulary.GET_RELATED_DOCUMENTS -> relatedDocuments(q, caller);
      default ->
          throw new XdsException(
              XdsError.UNKNOWN_QUERY,
              q.id(),
              "Requête stockée non gérée / Unsupported stored query: " + q.id());
    };
  }

  private List<JAXBElement<? extends IdentifiableType>> findDocuments(
      StoredQuery q, Caller caller) {
    Ins patient = q.patient("$XDSDocumentEntryPatientId");
    q.requireAny("$XDSDocumentEntryStatus");
    Set<AvailabilityStatus> statuses = q.statuses("$XDSDocumentEntryStatus");
    Set<org.dmp.domain.document.ConfidentialityCode> confidentiality = confidentiality(q);
    DocumentQuery criteria =
        new DocumentQuery(
            statuses,
            q.codes("$XDSDocumentEntryClassCode"),
            q.codes("$XDSDocumentEntryTypeCode"),
            q.codes("$XDSDocumentEntryFormatCode"),
            q.codes("$XDSDocumentEntryPracticeSettingCode"),
            q.codes("$XDSDocumentEntryHealthcareFacilityTypeCode"),
            confidentiality,
            q.range("$XDSDocumentEntryCreationTimeFrom", "$XDSDocumentEntryCreationTimeTo"),
            q.range("$XDSDocumentEntryServiceStartTimeFrom", "$XDSDocumentEntryServiceStartTimeTo"),
            q.range("$XDSDocumentEntryServiceStopTimeFrom", "$XDSDocumentEntryServiceStopTimeTo"),
            q.values("$XDSDocumentEntryAuthorPerson"));
    List<DocumentView> found = queries.find(caller, patient, criteria); // decided and audited
    // values the DMP does not know (status URNs, confidentiality codes) match no document; left
    // out of the criteria they would mean "any"
    boolean unknownOnly =
        statuses.isEmpty()
            || (confidentiality.isEmpty()
                && !q.values("$XDSDocumentEntryConfidentialityCode").isEmpty());
    return entries(q, unknownOnly ? List.of() : found);
  }

  private List<JAXBElement<? extends IdentifiableType>> findSubmissionSets(
      StoredQuery q, Caller caller) {
    Ins patient = q.patient("$XDSSubmissionSetPatientId");
    q.requireAny("$XDSSubmissionSetStatus");
    List<JAXBElement<? extends IdentifiableType>> out = new ArrayList<>();
    for (var s :
        queries.submissionSets(
            caller,
            patient,
            q.range("$XDSSubmissionSetSubmissionTimeFrom", "$XDSSubmissionSetSubmissionTimeTo"))) {
      out.add(q.leafClass() ? writer.set(s, patient) : writer.reference(s.entryUuid().urn()));
    }
    return out;
  }

  private List<DocumentView> getDocuments(
      StoredQuery q, Caller caller, String uuidParam, String uniqueIdParam) {
    String param = q.oneOf(uuidParam, uniqueIdParam);
    try {
      return param.equals(uuidParam)
          ? queries.byEntryUuids(caller, q.values(param).stream().map(EntryUuid::parse).toList())
          : queries.byUniqueIds(
              caller, q.values(param).stream().map(DocumentUniqueId::new).toList());
    } catch (org.dmp.domain.shared.InvalidValueException e) {
      throw new XdsException(XdsError.METADATA, param, e.getMessage());
    }
  }

  private List<JAXBElement<? extends IdentifiableType>> getAssociations(
      StoredQuery q, Caller caller) {
    List<String> uuids = q.values("$uuid");
    if (uuids.isEmpty()) {
      q.required("$uuid");
    }
    List<JAXBElement<? extends IdentifiableType>> out = new ArrayList<>();
    List<EntryUuid> ids = uuids.stream().map(EntryUuid::parse).toList();
    for (DocumentView d : queries.byEntryUuids(caller, ids)) {
      out.addAll(associationsOf(d));
    }
    for (EntryUuid id : ids) {
      queries.submissionSetAndContents(caller, id, null).ifPresent(s -> out.addAll(members(s)));
    }
    return q.leafClass()
        ? out
        : out.stream()
            .<JAXBElement<? extends IdentifiableType>>map(
                a -> writer.reference(a.getValue().getId()))
            .toList();
  }

  private List<JAXBElement<? extends IdentifiableType>> submissionSetAndContents(
      StoredQuery q, Caller caller) {
    String param = q.oneOf("$XDSSubmissionSetEntryUUID", "$XDSSubmissionSetUniqueId");
    String value = q.required(param);
    SubmissionView s =
        (param.equals("$XDSSubmissionSetEntryUUID")
                ? queries.submissionSetAndContents(caller, EntryUuid.parse(value), null)
                : queries.submissionSetAndContents(caller, null, value))
            .orElse(null);
    if (s == null) {
      return List.of();
    }
    Ins patient = s.documents().isEmpty() ? null : s.documents().get(0).patient();
    List<JAXBElement<? extends IdentifiableType>> out = new ArrayList<>();
    if (q.leafClass()) {
      if (patient != null) {
        out.add(writer.set(s.set(), patient));
      }
      s.documents().forEach(d -> out.add(writer.entry(d, d.patient())));
      out.addAll(members(s));
      return out;
    }
    out.add(writer.reference(s.set().entryUuid().urn()));
    s.documents().forEach(d -> out.add(writer.reference(d.entryUuid().urn())));
    return out;
  }

  private List<JAXBElement<? extends IdentifiableType>> relatedDocuments(
      StoredQuery q, Caller caller) {
    q.requireAny("$AssociationTypes");
    List<DocumentView> named =
        getDocuments(q, caller, "$XDSDocumentEntryEntryUUID", "$XDSDocumentEntryUniqueId");
    if (named.isEmpty()) {
      return List.of();
    }
    List<DocumentView> family = queries.related(caller, named.get(0).entryUuid());
    List<JAXBElement<? extends IdentifiableType>> out = new ArrayList<>(entries(q, family));
    if (q.leafClass()) {
      family.stream()
          .filter(d -> d.replaces() != null)
          .forEach(
              d ->
                  out.add(
                      writer.association(
                          Vocabulary.REPLACES, d.entryUuid().urn(), d.replaces().urn())));
    }
    return out;
  }

  private List<JAXBElement<? extends IdentifiableType>> entries(
      StoredQuery q, List<DocumentView> found) {
    return found.stream()
        .<JAXBElement<? extends IdentifiableType>>map(
            d ->
                q.leafClass()
                    ? writer.entry(d, d.patient())
                    : writer.reference(d.entryUuid().urn()))
        .toList();
  }

  private List<JAXBElement<? extends IdentifiableType>> associationsOf(DocumentView d) {
    List<JAXBElement<? extends IdentifiableType>> out = new ArrayList<>();
    if (d.submissionSetId() != null) {
      out.add(writer.association(Vocabulary.HAS_MEMBER, d.submissionSetId(), d.entryUuid().urn()));
    }
    if (d.replaces() != null) {
      out.add(writer.association(Vocabulary.REPLACES, d.entryUuid().urn(), d.replaces().urn()));
    }
    return out;
  }

  private List<JAXBElement<? extends IdentifiableType>> members(SubmissionView s) {
    return s.documents().stream()
        .<JAXBElement<? extends IdentifiableType>>map(
            d ->
                writer.association(
                    Vocabulary.HAS_MEMBER, s.set().entryUuid().urn(), d.entryUuid().urn()))
        .toList();
  }

  private static Set<org.dmp.domain.document.ConfidentialityCode> confidentiality(StoredQuery q) {
    Set<org.dmp.domain.document.ConfidentialityCode> codes = new LinkedHashSet<>();
    q.codes("$XDSDocumentEntryConfidentialityCode")
        .forEach(
            c -> {
              try {
                codes.add(org.dmp.domain.document.ConfidentialityCode.ofCode(c.code()));
              } catch (org.dmp.domain.shared.InvalidValueException unknown) {
                // a code the DMP never stores matches nothing; not an error of the query
              }
            });
    return codes;
  }
}
