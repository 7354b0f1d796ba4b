package org.dmp.domain.audit.verification;

/** A chain's head as stored: the position and hash of what should be its last event. */
public record ChainHead(String chainId, long seq, String hash) {}
