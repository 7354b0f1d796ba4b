package org.dmp.it.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.support.soap.XdsRequests.objects;
import static org.dmp.it.support.soap.XdsRequests.patientId;
import static org.dmp.it.support.soap.XdsRequests.query;
import static org.dmp.it.support.soap.XdsRequests.slotValues;

import java.util.List;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.interfaces.ws.contract.query.AdhocQueryResponse;
import org.dmp.interfaces.ws.contract.rim.AssociationType1;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.interfaces.ws.contract.rim.ObjectRefType;
import org.dmp.interfaces.ws.contract.rim.RegistryPackageType;
import org.dmp.interfaces.ws.contract.rs.RegistryError;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;
import org.dmp.interfaces.ws.contract.xds.DocumentRegistryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetResponseType;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** ITI-41, ITI-43, ITI-18 and ITI-57 over the wire, as DMP-compatible software calls them. */
class XdsIT extends DmpIT {

  private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  private static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
  private static final String FIND_SETS = "urn:uuid:f26abbcb-ac74-4422-8a30-edb644bbc1a9";
  private static final String SET_AND_CONTENTS = "urn:uuid:e8e3cb2c-e39c-46b9-99e4-c12f57260b83";
  private static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";
  private static final String RELATED = "urn:uuid:d90e5407-b356-4d91-a89f-873917b4b0e6";
  private static final String DOCTOR = Fixtures.DOCTOR_RPPS.value();

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(XdsIT.class);
  }

  private final DocumentRepositoryPortType repository = SoapPorts.repository(Fixtures.doctor());
  private final DocumentRegistryPortType registry = SoapPorts.registry(Fixtures.doctor());

  @Test
  void aDocumentFedOverSoapIsRetrievedByteIdenticalAndFoundWithItsMetadata() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecordForDoctor(ins);
    Doc doc = new Doc(ins, DOCTOR, XdsRequests.pdf(20_000));

    RegistryResponseType stored =
        repository.documentRepositoryProvideAndRegisterDocumentSetB(
            XdsRequests.provide(ins, DOCTOR, doc));
    RetrieveDocumentSetResponseType retrieved =
        repository.documentRepositoryRetrieveDocumentSet(retrieve(doc.uniqueId));
    AdhocQueryResponse found = registry.documentRegistryRegistryStoredQuery(findDocuments(ins));

    assertThat(stored.getStatus()).endsWith(":Success");
    assertThat(retrieved.getRegistryResponse().getStatus()).endsWith(":Success");
    assertThat(retrieved.getDocumentResponse().get(0).getDocument()).isEqualTo(doc.content);
    assertThat(retrieved.getDocumentResponse().get(0).getMimeType()).isEqualTo("application/pdf");
    ExtrinsicObjectType entry =
        objects(found.getRegistryObjectList(), ExtrinsicObjectType.class).get(0);
    assertThat(slotValues(entry, "hash")).containsExactly(XdsRequests.sha1(doc.content));
    assertThat(slotValues(entry, "size")).containsExactly("20000");
    assertThat(entry.getStatus()).isEqualTo(XdsRequests.APPROVED);
    assertThat(entry.getExternalIdentifier())
        .anySatisfy(e -> assertThat(e.getValue()).isEqualTo(doc.uniqueId));
    // the same document, through the service layer
    List<DocumentView> listed = listed(Fixtures.doctor(), id);
    assertThat(listed).extracting(d -> d.uniqueId().value()).containsExactly(doc.uniqueId);
    assertThat(listed.get(0).author().id()).isEqualTo(DOCTOR);
    assertThat(listed.get(0).submissionSetId()).isNotNull();
  }

  @Test
  void aDocumentFedThroughTheServicesIsFoundAndRetrievedOverSoap() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecordForDoctor(ins);
    DocumentView fed = feed(id, "Compte rendu", Fixtures.contentWith("service"));

    AdhocQueryResponse found = registry.documentRegistryRegistryStoredQuery(findDocuments(ins));
    RetrieveDocumentSetResponseType retrieved =
        repository.documentRepositoryRetrieveDocumentSet(retrieve(fed.uniqueId().value()));

    assertThat(objects(found.getRegistryObjectList(), ExtrinsicObjectType.class)).hasSize(1);
    assertThat(retrieved.getDocumentResponse().get(0).getDocument())
        .isEqualTo(Fixtures.contentWith("service"));
  }

  @Test
  void aSubmissionWithOneBadDocumentStoresNothing() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    Doc good = new Doc(ins, DOCTOR, XdsRequests.pdf(1000));
    Doc bad = new Doc(ins, DOCTOR, XdsRequests.pdf(1000));
    bad.declaredHash = "0".repeat(40);
    DatabaseState before = DatabaseState.of(dataSource);

    RegistryResponseType refused =
        repository.documentRepositoryProvideAndRegisterDocumentSetB(
            XdsRequests.provide(ins, DOCTOR, good, bad));

    assertThat(refused.getStatus()).endsWith(":Failure");
    assertThat(codes(refused)).containsExactly("XDSNonIdenticalHash");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
    assertThat(
            objects(
                registry
                    .documentRegistryRegistryStoredQuery(findDocuments(ins))
                    .getRegistryObjectList(),
                ExtrinsicObjectType.class))
        .isEmpty();
  }

  @Test
  void eachMetadataProblemHasItsXdsErrorCode() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    Ins stranger = Fixtures.newIns();

    Doc wrongSize = new Doc(ins, DOCTOR, XdsRequests.pdf(100));
    wrongSize.declaredSize = 99L;
    Doc noClass = new Doc(ins, DOCTOR, XdsRequests.pdf(100));
    noClass.withoutClassCode = true;
    Doc noContent = new Doc(ins, DOCTOR, XdsRequests.pdf(100));
    noContent.withoutContent = true;
    Doc otherPatient = new Doc(Fixtures.newIns(), DOCTOR, XdsRequests.pdf(100));
    Doc first = new Doc(ins, DOCTOR, XdsRequests.pdf(100));
    assertThat(provide(ins, first).getStatus()).endsWith(":Success");
    Doc duplicate = new Doc(ins, DOCTOR, XdsRequests.pdf(100));
    duplicate.uniqueId = first.uniqueId;
    DatabaseState before = DatabaseState.of(dataSource);

    assertThat(codes(provide(ins, wrongSize))).containsExactly("XDSNonIdenticalSize");
    RegistryResponseType missingClass = provide(ins, noClass);
    assertThat(codes(missingClass)).containsExactly("XDSRegistryMetadataError");
    assertThat(missingClass.getRegistryErrorList().getRegistryError().get(0).getLocation())
        .isEqualTo(noClass.id);
    assertThat(missingClass.getRegistryErrorList().getRegistryError().get(0).getCodeContext())
        .contains("classCode");
    assertThat(codes(provide(ins, noContent))).containsExactly("XDSMissingDocument");
    assertThat(codes(provide(ins, otherPatient))).containsExactly("XDSPatientIdDoesNotMatch");
    assertThat(codes(provide(ins, duplicate))).containsExactly("XDSDuplicateUniqueIdInRegistry");
    assertThat(codes(provide(stranger, new Doc(stranger, DOCTOR, XdsRequests.pdf(100)))))
        .containsExactly("XDSUnknownPatientId");
    Doc described = new Doc(ins, DOCTOR, XdsRequests.pdf(100));
    assertThat(
            codes(
                repository.documentRepositoryProvideAndRegisterDocumentSetB(
                    XdsRequests.withOrphanDocument(XdsRequests.provide(ins, DOCTOR, described)))))
        .containsExactly("XDSMissingDocumentMetadata");
    // over the content limit of the test server (dmp.content.max-bytes): the repository refuses it
    Doc tooLarge =
        new Doc(
            ins, DOCTOR, XdsRequests.pdf(Integer.getInteger("dmp.content.max-bytes", 1048576) + 1));
    RegistryResponseType large = provide(ins, tooLarge);
    assertThat(codes(large)).containsExactly("XDSRepositoryError");
    assertThat(large.getRegistryErrorList().getRegistryError().get(0).getCodeContext())
        .contains("CONTENT_TOO_LARGE");
    // none of the refused submissions left anything behind (none was a policy denial)
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void withoutAuthorizationTheQueryIsRefusedNamingTheRuleAndBreakGlassOpensIt() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    feed(id, "Synthèse", Fixtures.contentWith("x"));
    DocumentRegistryPortType nurse = SoapPorts.registry(Fixtures.nurse());
    DocumentRegistryPortType emergency =
        SoapPorts.registry(
            Fixtures.nurse().inEmergency(AccessMode.BREAK_GLASS, "Malaise au cabinet"));

    AdhocQueryResponse refused = nurse.documentRegistryRegistryStoredQuery(findDocuments(ins));
    AdhocQueryResponse allowed = emergency.documentRegistryRegistryStoredQuery(findDocuments(ins));

    assertThat(refused.getStatus()).endsWith(":Failure");
    RegistryError error = refused.getRegistryErrorList().getRegistryError().get(0);
    assertThat(error.getErrorCode()).isEqualTo("DMPAccessDenied");
    assertThat(error.getLocation()).isEqualTo("AUTHORIZED");
    assertThat(objects(allowed.getRegistryObjectList(), ExtrinsicObjectType.class)).hasSize(1);
    assertThat(lastEvent(id).accessMode()).isEqualTo(AccessMode.BREAK_GLASS);
    assertThat(notificationsOf(Fixtures.patient(ins), id)).hasSize(1);
    DocumentRegistryPortType regulation =
        SoapPorts.registry(
            Fixtures.otherDoctor()
                .inEmergency(AccessMode.CENTRE_15, "Appel au 15, douleur thoracique"));
    assertThat(
            objects(
                regulation
                    .documentRegistryRegistryStoredQuery(findDocuments(ins))
                    .getRegistryObjectList(),
                ExtrinsicObjectType.class))
        .hasSize(1);
    assertThat(lastEvent(id).rule()).isEqualTo("CENTRE_15");
  }

  @Test
  void theOtherStoredQueriesAndObjectReferences() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    Doc first = new Doc(ins, DOCTOR, XdsRequests.pdf(500));
    repository.documentRepositoryProvideAndRegisterDocumentSetB(
        XdsRequests.provide(ins, DOCTOR, first));
    Doc second = new Doc(ins, DOCTOR, XdsRequests.pdf(500));
    second.replaces = first.id;
    repository.documentRepositoryProvideAndRegisterDocumentSetB(
        XdsRequests.provide(ins, DOCTOR, second));

    var refs =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_DOCUMENTS,
                false,
                "$XDSDocumentEntryPatientId",
                "'" + patientId(ins) + "'",
                "$XDSDocumentEntryStatus",
                "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')"));
    var byUuid =
        registry.documentRegistryRegistryStoredQuery(
            query(GET_DOCUMENTS, true, "$XDSDocumentEntryEntryUUID", "('" + first.id + "')"));
    var byUniqueId =
        registry.documentRegistryRegistryStoredQuery(
            query(GET_DOCUMENTS, true, "$XDSDocumentEntryUniqueId", "('" + second.uniqueId + "')"));
    var sets =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_SETS,
                true,
                "$XDSSubmissionSetPatientId",
                "'" + patientId(ins) + "'",
                "$XDSSubmissionSetStatus",
                "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')"));
    String setId = objects(sets.getRegistryObjectList(), RegistryPackageType.class).get(0).getId();
    var contents =
        registry.documentRegistryRegistryStoredQuery(
            query(SET_AND_CONTENTS, true, "$XDSSubmissionSetEntryUUID", "'" + setId + "'"));
    var associations =
        registry.documentRegistryRegistryStoredQuery(
            query(GET_ASSOCIATIONS, true, "$uuid", "('" + second.id + "')"));
    var related =
        registry.documentRegistryRegistryStoredQuery(
            query(
                RELATED,
                true,
                "$XDSDocumentEntryEntryUUID",
                "'" + second.id + "'",
                "$AssociationTypes",
                "('urn:ihe:iti:2007:AssociationType:RPLC')"));

    assertThat(objects(refs.getRegistryObjectList(), ObjectRefType.class))
        .extracting(ObjectRefType::getId)
        .containsExactly(second.id);
    assertThat(
            objects(byUuid.getRegistryObjectList(), ExtrinsicObjectType.class).get(0).getStatus())
        .endsWith(":Deprecated");
    assertThat(objects(byUniqueId.getRegistryObjectList(), ExtrinsicObjectType.class))
        .extracting(ExtrinsicObjectType::getId)
        .containsExactly(second.id);
    assertThat(objects(sets.getRegistryObjectList(), RegistryPackageType.class)).hasSize(2);
    assertThat(objects(contents.getRegistryObjectList(), ExtrinsicObjectType.class)).hasSize(1);
    assertThat(objects(contents.getRegistryObjectList(), AssociationType1.class))
        .extracting(AssociationType1::getAssociationType)
        .containsOnly("urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember");
    assertThat(objects(associations.getRegistryObjectList(), AssociationType1.class))
        .extracting(AssociationType1::getAssociationType)
        .containsExactlyInAnyOrder(
            "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember",
            "urn:ihe:iti:2007:AssociationType:RPLC");
    assertThat(objects(related.getRegistryObjectList(), ExtrinsicObjectType.class))
        .extracting(ExtrinsicObjectType::getId)
        .containsExactlyInAnyOrder(first.id, second.id);
  }

  @Test
  void storedQueryErrorsHaveTheirCodes() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);

    var unknown =
        registry.documentRegistryRegistryStoredQuery(
            query("urn:uuid:00000000-0000-0000-0000-000000000000", true));
    var missing =
        registry.documentRegistryRegistryStoredQuery(
            query(FIND_DOCUMENTS, true, "$XDSDocumentEntryPatientId", "'" + patientId(ins) + "'"));
    var both =
        registry.documentRegistryRegistryStoredQuery(
            query(
                GET_DOCUMENTS,
                true,
                "$XDSDocumentEntryEntryUUID",
                "('urn:uuid:" + java.util.UUID.randomUUID() + "')",
                "$XDSDocumentEntryUniqueId",
                "('1.2.3')"));

    assertThat(unknown.getRegistryErrorList().getRegistryError())
        .extracting(RegistryError::getErrorCode)
        .containsExactly("XDSUnknownStoredQuery");
    assertThat(missing.getRegistryErrorList().getRegistryError())
        .extracting(RegistryError::getErrorCode)
        .containsExactly("XDSStoredQueryMissingParam");
    assertThat(missing.getRegistryErrorList().getRegistryError().get(0).getLocation())
        .isEqualTo("$XDSDocumentEntryStatus");
    assertThat(both.getRegistryErrorList().getRegistryError())
        .extracting(RegistryError::getErrorCode)
        .containsExactly("XDSStoredQueryParamNumber");
  }

  @Test
  void retrievingSeveralDocumentsAnswersForEach() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    Doc doc = new Doc(ins, DOCTOR, XdsRequests.pdf(3000));
    repository.documentRepositoryProvideAndRegisterDocumentSetB(
        XdsRequests.provide(ins, DOCTOR, doc));
    RetrieveDocumentSetRequestType request = retrieve(doc.uniqueId);
    request
        .getDocumentRequest()
        .add(request(XdsSettingsForTests.REPOSITORY, "1.2.250.1.999.9.404"));
    request.getDocumentRequest().add(request("1.2.3.4", doc.uniqueId));

    RetrieveDocumentSetResponseType response =
        repository.documentRepositoryRetrieveDocumentSet(request);

    assertThat(response.getRegistryResponse().getStatus())
        .isEqualTo("urn:ihe:iti:2007:ResponseStatusType:PartialSuccess");
    assertThat(response.getDocumentResponse()).hasSize(1);
    assertThat(response.getRegistryResponse().getRegistryErrorList().getRegistryError())
        .extracting(RegistryError::getErrorCode)
        .containsExactly("XDSDocumentUniqueIdError", "XDSUnknownRepositoryId");
  }

  @Test
  void metadataUpdatesHideADocumentAsANewVersionAndArchiveIt() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecordForDoctor(ins);
    run(Fixtures.patient(ins), c -> consents.authorize(c, id, Fixtures.NURSE_RPPS, null));
    Doc doc = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    repository.documentRepositoryProvideAndRegisterDocumentSetB(
        XdsRequests.provide(ins, DOCTOR, doc));
    DocumentRegistryPortType nurse = SoapPorts.registry(Fixtures.nurse());

    RegistryResponseType hidden =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.newConfidentiality(doc.id, 1, ins, DOCTOR, "N", "MASQUE_PS"));
    RegistryResponseType stale =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.newConfidentiality(doc.id, 1, ins, DOCTOR, "N"));
    var forNurse = nurse.documentRegistryRegistryStoredQuery(findDocuments(ins));
    var forAuthor = registry.documentRegistryRegistryStoredQuery(findDocuments(ins));
    String current =
        objects(forAuthor.getRegistryObjectList(), ExtrinsicObjectType.class).get(0).getId();
    RegistryResponseType archived =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.newStatus(
                current, XdsRequests.APPROVED, XdsRequests.ARCHIVED, ins, DOCTOR));

    assertThat(hidden.getStatus()).endsWith(":Success");
    assertThat(codes(stale)).containsExactly("XDSMetadataVersionError");
    assertThat(objects(forNurse.getRegistryObjectList(), ExtrinsicObjectType.class)).isEmpty();
    ExtrinsicObjectType v2 =
        objects(forAuthor.getRegistryObjectList(), ExtrinsicObjectType.class).get(0);
    assertThat(v2.getVersionInfo().getVersionName()).isEqualTo("2");
    assertThat(v2.getLid()).isEqualTo(doc.id);
    assertThat(archived.getStatus()).endsWith(":Success");
    var archivedFound =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_DOCUMENTS,
                true,
                "$XDSDocumentEntryPatientId",
                "'" + patientId(ins) + "'",
                "$XDSDocumentEntryStatus",
                "('" + XdsRequests.ARCHIVED + "')"));
    assertThat(objects(archivedFound.getRegistryObjectList(), ExtrinsicObjectType.class))
        .hasSize(1);
  }

  @Test
  void aSubmissionNamingOneUniqueIdTwiceStoresNothing() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    Doc first = new Doc(ins, DOCTOR, XdsRequests.pdf(300));
    Doc twin = new Doc(ins, DOCTOR, XdsRequests.pdf(300));
    twin.uniqueId = first.uniqueId;
    DatabaseState before = DatabaseState.of(dataSource);

    RegistryResponseType refused =
        repository.documentRepositoryProvideAndRegisterDocumentSetB(
            XdsRequests.provide(ins, DOCTOR, first, twin));

    assertThat(codes(refused)).containsExactly("XDSDuplicateUniqueIdInRegistry");
    assertThat(refused.getRegistryErrorList().getRegistryError().get(0).getCodeContext())
        .contains(first.uniqueId);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void anUpdateSetWithOneRefusedUpdateAppliesNone() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    Doc first = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    Doc second = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    provide(ins, first);
    provide(ins, second);
    DatabaseState before = DatabaseState.of(dataSource);

    // hiding the first is fine; the second is Approved, not Archived as the request claims
    RegistryResponseType refused =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.together(
                XdsRequests.newConfidentiality(first.id, 1, ins, DOCTOR, "N", "MASQUE_PS"),
                XdsRequests.newStatus(
                    second.id, XdsRequests.ARCHIVED, XdsRequests.APPROVED, ins, DOCTOR)));

    assertThat(refused.getStatus()).endsWith(":Failure");
    assertThat(codes(refused)).hasSize(1);
    assertThat(refused.getRegistryErrorList().getRegistryError().get(0).getCodeContext())
        .startsWith("STATUS_MISMATCH");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
    ExtrinsicObjectType firstNow =
        objects(
                registry
                    .documentRegistryRegistryStoredQuery(findDocuments(ins))
                    .getRegistryObjectList(),
                ExtrinsicObjectType.class)
            .stream()
            .filter(e -> first.id.equals(e.getLid()))
            .findFirst()
            .orElseThrow();
    assertThat(firstNow.getVersionInfo().getVersionName()).isEqualTo("1");
  }

  @Test
  void aSubmissionWhoseSecondDocumentReplacesAnotherAuthorsStoresNothingAndAuditsTheDenial() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecordForDoctor(ins);
    Doc othersReport = fedByTheOtherDoctor(ins, id);
    DatabaseState before = DatabaseState.of(dataSource);

    // the first document is fine; the second replaces a document its submitter did not write
    Doc mine = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    Doc replacing = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    replacing.replaces = othersReport.id;
    RegistryResponseType refused =
        repository.documentRepositoryProvideAndRegisterDocumentSetB(
            XdsRequests.provide(ins, DOCTOR, mine, replacing));

    assertDeniedAsAuthorOnlyWritingNothingElse(refused, before, id);
  }

  @Test
  void anUpdateSetWithOneDeniedUpdateAppliesNoneAndAuditsTheDenial() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecordForDoctor(ins);
    Doc mine = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    provide(ins, mine);
    Doc others = fedByTheOtherDoctor(ins, id);
    DatabaseState before = DatabaseState.of(dataSource);

    // hiding my own document is allowed; archiving another author's is not
    RegistryResponseType refused =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.together(
                XdsRequests.newConfidentiality(mine.id, 1, ins, DOCTOR, "N", "MASQUE_PS"),
                XdsRequests.newStatus(
                    others.id, XdsRequests.APPROVED, XdsRequests.ARCHIVED, ins, DOCTOR)));

    assertDeniedAsAuthorOnlyWritingNothingElse(refused, before, id);
  }

  @Test
  void findDocumentsWithOnlyUnknownStatusesOrConfidentialityCodesFindsNothing() {
    Ins ins = Fixtures.newIns();
    openRecordForDoctor(ins);
    provide(ins, new Doc(ins, DOCTOR, XdsRequests.pdf(800)));
    String patient = "'" + patientId(ins) + "'";

    AdhocQueryResponse unknownStatus =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_DOCUMENTS,
                true,
                "$XDSDocumentEntryPatientId",
                patient,
                "$XDSDocumentEntryStatus",
                "('urn:oasis:names:tc:ebxml-regrep:StatusType:Unknown')"));
    AdhocQueryResponse unknownCode =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_DOCUMENTS,
                true,
                "$XDSDocumentEntryPatientId",
                patient,
                "$XDSDocumentEntryStatus",
                "('" + XdsRequests.APPROVED + "')",
                "$XDSDocumentEntryConfidentialityCode",
                "('INCONNU^^2.16.840.1.113883.5.25')"));
    AdhocQueryResponse knownCode =
        registry.documentRegistryRegistryStoredQuery(
            query(
                FIND_DOCUMENTS,
                true,
                "$XDSDocumentEntryPatientId",
                patient,
                "$XDSDocumentEntryStatus",
                "('" + XdsRequests.APPROVED + "')",
                "$XDSDocumentEntryConfidentialityCode",
                "('INCONNU^^2.16.840.1.113883.5.25','N^^2.16.840.1.113883.5.25')"));

    assertThat(unknownStatus.getStatus()).endsWith(":Success");
    assertThat(objects(unknownStatus.getRegistryObjectList(), ExtrinsicObjectType.class)).isEmpty();
    assertThat(unknownCode.getStatus()).endsWith(":Success");
    assertThat(objects(unknownCode.getRegistryObjectList(), ExtrinsicObjectType.class)).isEmpty();
    assertThat(objects(knownCode.getRegistryObjectList(), ExtrinsicObjectType.class)).hasSize(1);
  }

  @Test
  void neitherASetOfHiddenDocumentsNorADocumentOfAnotherRecordIsBetrayed() {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecordForDoctor(ins);
    Doc secret = fedByTheOtherDoctor(ins, id);
    DocumentRegistryPortType author = SoapPorts.registry(Fixtures.otherDoctor());
    run(
        Fixtures.patient(ins),
        c ->
            documents.changeVisibility(
                c,
                org.dmp.domain.document.EntryUuid.parse(secret.id),
                org.dmp.domain.document.VisibilityChange.HIDE_FROM_PROFESSIONALS));
    String setId =
        objects(
                author.documentRegistryRegistryStoredQuery(findSets(ins)).getRegistryObjectList(),
                RegistryPackageType.class)
            .get(0)
            .getId();
    // a record the doctor has no authorization on, fed by the other doctor
    Ins elsewhere = Fixtures.newIns();
    RecordId elsewhereId = openRecord(elsewhere);
    Doc notMine = fedByTheOtherDoctor(elsewhere, elsewhereId);

    var sets = registry.documentRegistryRegistryStoredQuery(findSets(ins));
    var contents =
        registry.documentRegistryRegistryStoredQuery(
            query(SET_AND_CONTENTS, true, "$XDSSubmissionSetEntryUUID", "'" + setId + "'"));
    var named =
        registry.documentRegistryRegistryStoredQuery(
            query(GET_DOCUMENTS, true, "$XDSDocumentEntryEntryUUID", "('" + notMine.id + "')"));

    assertThat(sets.getStatus()).endsWith(":Success");
    assertThat(objects(sets.getRegistryObjectList(), RegistryPackageType.class)).isEmpty();
    assertThat(contents.getStatus()).endsWith(":Success");
    assertThat(objects(contents.getRegistryObjectList(), RegistryPackageType.class)).isEmpty();
    assertThat(objects(contents.getRegistryObjectList(), ExtrinsicObjectType.class)).isEmpty();
    assertThat(named.getStatus()).endsWith(":Success");
    assertThat(objects(named.getRegistryObjectList(), ExtrinsicObjectType.class)).isEmpty();
    // the attempt on the other record is in its patient's history all the same
    assertThat(lastEvent(elsewhereId).decision()).isEqualTo(org.dmp.domain.audit.Decision.DENIED);
    assertThat(lastEvent(elsewhereId).actorId()).isEqualTo(DOCTOR);
    // the other record's submission set, named by its id, is unknown to the doctor too
    String elsewhereSet =
        objects(
                author
                    .documentRegistryRegistryStoredQuery(findSets(elsewhere))
                    .getRegistryObjectList(),
                RegistryPackageType.class)
            .get(0)
            .getId();
    assertThat(
            objects(
                registry
                    .documentRegistryRegistryStoredQuery(
                        query(
                            SET_AND_CONTENTS,
                            true,
                            "$XDSSubmissionSetEntryUUID",
                            "'" + elsewhereSet + "'"))
                    .getRegistryObjectList(),
                RegistryPackageType.class))
        .isEmpty();
    // updates of the hidden document answer as for an unknown one, whatever they claim: a stale
    // version, or no change at all (which would otherwise return its metadata)
    String secretNow = // what only its author and the patient know: its current version
        listed(Fixtures.otherDoctor(), id).stream()
            .filter(d -> d.logicalId().urn().equals(secret.id))
            .findFirst()
            .orElseThrow()
            .entryUuid()
            .urn();
    DatabaseState beforeUpdates = DatabaseState.of(dataSource);
    RegistryResponseType staleVersion =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.newConfidentiality(secret.id, 1, ins, DOCTOR, "N"));
    RegistryResponseType noChange =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.newConfidentiality(secret.id, 2, ins, DOCTOR, "N", "MASQUE_PS"));
    // a status update claiming the wrong status on a record the doctor may not read is refused
    // by the policy, not answered with the document's true status
    RegistryResponseType wrongStatus =
        registry.documentRegistryUpdateDocumentSet(
            XdsRequests.newStatus(
                notMine.id, XdsRequests.ARCHIVED, XdsRequests.APPROVED, elsewhere, DOCTOR));
    // replacing the hidden document (its current version) answers as replacing one not in the
    // record
    Doc replacing = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    replacing.replaces = secretNow;
    Doc replacingUnknown = new Doc(ins, DOCTOR, XdsRequests.pdf(800));
    replacingUnknown.replaces = "urn:uuid:" + java.util.UUID.randomUUID();
    RegistryResponseType replaced = provide(ins, replacing);
    RegistryResponseType replacedUnknown = provide(ins, replacingUnknown);

    assertThat(codes(staleVersion)).containsExactly("XDSDocumentUniqueIdError");
    assertThat(codes(noChange)).containsExactly("XDSDocumentUniqueIdError");
    assertThat(codes(wrongStatus)).containsExactly("DMPAccessDenied");
    assertThat(codes(replaced)).isEqualTo(codes(replacedUnknown));
    assertThat(replaced.getRegistryErrorList().getRegistryError().get(0).getCodeContext())
        .startsWith("REPLACED_NOT_FOUND");
    // nothing written but the four audited denials (the unknown replacement is no denial)
    assertThat(DatabaseState.of(dataSource)).isEqualTo(beforeUpdates.plus("audit_event", 4));
    // the author still finds the set and its document
    assertThat(
            objects(
                author
                    .documentRegistryRegistryStoredQuery(
                        query(
                            SET_AND_CONTENTS,
                            true,
                            "$XDSSubmissionSetEntryUUID",
                            "'" + setId + "'"))
                    .getRegistryObjectList(),
                ExtrinsicObjectType.class))
        .hasSize(1);
  }

  private static org.dmp.interfaces.ws.contract.query.AdhocQueryRequest findSets(Ins ins) {
    return query(
        FIND_SETS,
        true,
        "$XDSSubmissionSetPatientId",
        "'" + patientId(ins) + "'",
        "$XDSSubmissionSetStatus",
        "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')");
  }

  /** A document the other doctor fed over SOAP, authorized by the patient to read the record. */
  private Doc fedByTheOtherDoctor(Ins ins, RecordId id) {
    run(Fixtures.patient(ins), c -> consents.authorize(c, id, Fixtures.OTHER_DOCTOR_RPPS, null));
    Doc doc = new Doc(ins, Fixtures.OTHER_DOCTOR_RPPS.value(), XdsRequests.pdf(800));
    assertThat(
            SoapPorts.repository(Fixtures.otherDoctor())
                .documentRepositoryProvideAndRegisterDocumentSetB(
                    XdsRequests.provide(ins, Fixtures.OTHER_DOCTOR_RPPS.value(), doc))
                .getStatus())
        .endsWith(":Success");
    return doc;
  }

  /** Refused as the author's decision, and nothing written but the audited denial. */
  private void assertDeniedAsAuthorOnlyWritingNothingElse(
      RegistryResponseType refused, DatabaseState before, RecordId id) {
    assertThat(refused.getStatus()).endsWith(":Failure");
    assertThat(codes(refused)).containsExactly("DMPAccessDenied");
    assertThat(refused.getRegistryErrorList().getRegistryError().get(0).getLocation())
        .isEqualTo("AUTHOR_ONLY");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plusOneDenial());
    assertThat(lastEvent(id).decision()).isEqualTo(org.dmp.domain.audit.Decision.DENIED);
    assertThat(lastEvent(id).rule()).isEqualTo("AUTHOR_ONLY");
  }

  private RegistryResponseType provide(Ins ins, Doc doc) {
    return repository.documentRepositoryProvideAndRegisterDocumentSetB(
        XdsRequests.provide(ins, DOCTOR, doc));
  }

  private RecordId openRecordForDoctor(Ins ins) {
    RecordId id = openRecord(ins);
    run(Fixtures.doctor(), c -> consents.recordOralConsent(c, id, null));
    return id;
  }

  private static org.dmp.interfaces.ws.contract.query.AdhocQueryRequest findDocuments(Ins ins) {
    return query(
        FIND_DOCUMENTS,
        true,
        "$XDSDocumentEntryPatientId",
        "'" + patientId(ins) + "'",
        "$XDSDocumentEntryStatus",
        "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')");
  }

  private static RetrieveDocumentSetRequestType retrieve(String uniqueId) {
    RetrieveDocumentSetRequestType r = new RetrieveDocumentSetRequestType();
    r.getDocumentRequest().add(request(XdsSettingsForTests.REPOSITORY, uniqueId));
    return r;
  }

  private static DocumentRequestType request(String repository, String uniqueId) {
    DocumentRequestType d = new DocumentRequestType();
    d.setRepositoryUniqueId(repository);
    d.setDocumentUniqueId(uniqueId);
    return d;
  }

  private static List<String> codes(RegistryResponseType r) {
    return r.getRegistryErrorList() == null
        ? List.of()
        : r.getRegistryErrorList().getRegistryError().stream()
            .map(RegistryError::getErrorCode)
            .toList();
  }

  /** The repository id the test server runs with (its default). */
  static final class XdsSettingsForTests {
    static final String REPOSITORY = org.dmp.interfaces.ws.xds.XdsSettings.repositoryId();
  }
}
