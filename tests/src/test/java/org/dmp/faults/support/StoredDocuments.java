package org.dmp.faults.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.interfaces.ws.xds.XdsSettings;
import org.dmp.it.support.soap.XdsRequests.Doc;

/**
 * What a fault must not leave behind, checked in the database and over the wire: every submission
 * wholly stored or wholly absent (acknowledged ones stored and retrievable byte for byte), and no
 * half-written row anywhere (a submission set without its documents, an entry without its content
 * or its audit event, a content no entry points to).
 */
public final class StoredDocuments {

  private final DataSource dataSource;

  public StoredDocuments(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Each submission: none or all of its documents stored, in one submission set holding exactly
   * them; an acknowledged one stored. Returns how many are stored.
   */
  public int checkWholeOrAbsent(Collection<Submission> submissions) {
    SoftAssertions softly = new SoftAssertions();
    int stored = 0;
    for (Submission s : submissions) {
      List<String> sets = submissionSetsOf(s.uniqueIds());
      int present = sets.size();
      softly
          .assertThat(present == 0 || present == s.documents.size())
          .as(
              "submission %s (%s): %d of %d documents stored",
              s.uniqueIds(), s.outcome(), present, s.documents.size())
          .isTrue();
      if (s.outcome() == Submission.Outcome.ACKNOWLEDGED) {
        softly
            .assertThat(present)
            .as("acknowledged submission %s stored", s.uniqueIds())
            .isEqualTo(s.documents.size());
      }
      if (s.outcome() == Submission.Outcome.REFUSED) {
        softly
            .assertThat(present)
            .as("refused submission %s (%s) not stored", s.uniqueIds(), s.answer())
            .isZero();
      }
      if (present > 0) {
        stored++;
        softly
            .assertThat(sets)
            .as("one submission set for %s", s.uniqueIds())
            .containsOnly(sets.get(0));
        softly
            .assertThat(
                count(
                    "select count(*) from document_entry where submission_set_id = ?", sets.get(0)))
            .as("documents of the submission set of %s", s.uniqueIds())
            .isEqualTo(s.documents.size());
      }
    }
    softly.assertAll();
    return stored;
  }

  /** No half-written rows anywhere in the database (whatever wrote them). */
  public void checkNoHalfWrittenRows() {
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(
            strings(
                "select s.id::text from submission_set s where not exists (select 1 from"
                    + " document_entry d where d.submission_set_id in (s.id::text, 'urn:uuid:' || s.id))"))
        .as("submission sets without documents")
        .isEmpty();
    softly
        .assertThat(
            strings(
                "select d.unique_id from document_entry d where not exists (select 1 from"
                    + " document_content c where c.id = d.content_id)"))
        .as("document entries without their content")
        .isEmpty();
    softly
        .assertThat(
            strings(
                "select c.id::text from document_content c where not exists (select 1 from"
                    + " document_entry d where d.content_id = c.id)"))
        .as("contents no document entry points to")
        .isEmpty();
    softly
        .assertThat(
            strings(
                "select d.unique_id from document_entry d where d.metadata_version = 1 and not"
                    + " exists (select 1 from audit_event a where a.document_id = d.id and a.action"
                    + " = 'FEED')"))
        .as("documents without the audit event of their feeding")
        .isEmpty();
    softly
        .assertThat(
            strings(
                "select c.record_id::text from document_content c where not exists (select 1 from"
                    + " record_key k where k.record_id = c.record_id)"))
        .as("contents without their record's key")
        .isEmpty();
    softly.assertAll();
  }

  /** Every document retrieved (ITI-43) with exactly the bytes sent. */
  public static void checkRetrievable(DocumentRepositoryPortType repository, List<Doc> documents) {
    SoftAssertions softly = new SoftAssertions();
    for (Doc doc : documents) {
      RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
      DocumentRequestType d = new DocumentRequestType();
      d.setRepositoryUniqueId(XdsSettings.repositoryId());
      d.setDocumentUniqueId(doc.uniqueId);
      request.getDocumentRequest().add(d);
      var answer = repository.documentRepositoryRetrieveDocumentSet(request);
      softly
          .assertThat(answer.getRegistryResponse().getStatus())
          .as("retrieve %s", doc.uniqueId)
          .endsWith(":Success");
      softly
          .assertThat(answer.getDocumentResponse())
          .as("retrieved %s", doc.uniqueId)
          .singleElement()
          .satisfies(r -> assertThat(r.getDocument()).isEqualTo(doc.content));
    }
    softly.assertAll();
  }

  private List<String> submissionSetsOf(List<String> uniqueIds) {
    List<String> sets = new ArrayList<>();
    for (String uniqueId : uniqueIds) {
      sets.addAll(
          strings(
              "select submission_set_id from document_entry where unique_id = ? and metadata_version = 1",
              uniqueId));
    }
    return sets;
  }

  private long count(String sql, Object... parameters) {
    return Long.parseLong(strings(sql, parameters).get(0));
  }

  private List<String> strings(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
