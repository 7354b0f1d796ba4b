package org.dmp.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dmp.domain.audit.AuditEvent;

/**
 * The last event of an audit chain. Locking this row is what orders the events of a chain when
 * several transactions append to it at once; it holds nothing that the events do not.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

  @Id
  @Column(name = "chain_id", length = 40)
  private String chainId;

  @Column(nullable = false)
  private long seq;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditChainHead() {}

  long seq() {
    return seq;
  }

  String hash() {
    return hash;
  }

  void advanceTo(AuditEvent event) {
    this.seq = event.seq();
    this.hash = event.hash();
  }
}
