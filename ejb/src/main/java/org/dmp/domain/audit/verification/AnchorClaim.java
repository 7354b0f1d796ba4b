package org.dmp.domain.audit.verification;

/**
 * The latest position of a chain that a signed anchor vouches for: the chain must still have the
 * event at {@code seq} with this hash (earlier events follow from the hashes' chaining).
 */
public record AnchorClaim(String chainId, long seq, String hash, long anchorSeq) {}
