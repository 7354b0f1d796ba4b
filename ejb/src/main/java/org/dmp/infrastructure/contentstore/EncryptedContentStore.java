package org.dmp.infrastructure.contentstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.dmp.domain.content.ContentIntegrityException;
import org.dmp.domain.content.ContentRef;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.record.RecordId;

/**
 * The content store on PostgreSQL: {@code record_key} holds each record's wrapped data key, {@code
 * document_content} the encrypted contents. No plaintext and no unwrapped key is ever written to
 * the database.
 */
@ApplicationScoped
public class EncryptedContentStore implements ContentStore {

  @PersistenceContext EntityManager em;
  @Inject MasterKeys masterKeys;
  @Inject Clock clock;

  @Override
  public void createRecordKey(RecordId record) {
    SecretKey dataKey = newDataKey();
    MasterKeys.Current master = masterKeys.current();
    if (retiredMeanwhile(master.alias())) {
      masterKeys.refresh();
      master = masterKeys.current();
    }
    byte[] wrapped = DataKeyWrapping.wrap(master.key(), dataKey.getEncoded(), record.value());
    em.persist(new RecordKeyRow(record.value(), master.alias(), wrapped, clock.instant()));
  }

  /**
   * Holds the master key's registry row until commit, so that rotation cannot retire the key while
   * a data key is being wrapped under it ({@link DataKeyRewrap#retireIfUnused}); says whether
   * rotation retired it already (a new key became current in between).
   */
  private boolean retiredMeanwhile(String alias) {
    List<?> retired =
        em.createNativeQuery(
                "select retired_at is not null from master_key where alias = ?1 for share")
            .setParameter(1, alias)
            .getResultList();
    return !retired.isEmpty() && Boolean.TRUE.equals(retired.get(0));
  }

  @Override
  public ContentRef store(RecordId record, DocumentContent content) {
    ContentRef ref = ContentRef.generate();
    byte[] sealed = AesGcm.encrypt(dataKey(record), content.bytes(), contentBinding(record, ref));
    em.persist(new ContentRow(ref.value(), record.value(), sealed, clock.instant()));
    return ref;
  }

  @Override
  public byte[] read(RecordId record, ContentRef ref, String expectedSha256) {
    ContentRow row = em.find(ContentRow.class, ref.value());
    if (row == null || !row.recordId().equals(record.value())) {
      throw new ContentIntegrityException(ref);
    }
    byte[] plaintext;
    try {
      plaintext = AesGcm.decrypt(dataKey(record), row.sealed(), contentBinding(record, ref));
    } catch (AEADBadTagException e) {
      throw new ContentIntegrityException(ref);
    }
    byte[] expected = HexFormat.of().parseHex(expectedSha256);
    byte[] actual = HexFormat.of().parseHex(DocumentContent.sha256Of(plaintext));
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new ContentIntegrityException(ref);
    }
    return plaintext;
  }

  private SecretKey dataKey(RecordId record) {
    RecordKeyRow row = em.find(RecordKeyRow.class, record.value());
    if (row == null) {
      throw new IllegalStateException("Record " + record + " has no data key");
    }
    try {
      byte[] raw =
          DataKeyWrapping.unwrap(
              masterKeys.key(row.masterAlias()), row.wrappedKey(), record.value());
      return new SecretKeySpec(raw, "AES");
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          "The data key of record "
              + record
              + " does not open under master key '"
              + row.masterAlias()
              + "': altered, or wrong keystore",
          e);
    }
  }

  private static SecretKey newDataKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java platform generates AES keys", e);
    }
  }

  /** A ciphertext opens only in its own row of its own record. */
  private static byte[] contentBinding(RecordId record, ContentRef ref) {
    return ("dmp-content:" + record + ":" + ref.value()).getBytes(StandardCharsets.US_ASCII);
  }
}
