package org.dmp.domain.audit.verification;

/** One chain head an anchor vouches for. */
public record AnchorEntry(long anchorSeq, String chainId, long seq, String hash) {}
