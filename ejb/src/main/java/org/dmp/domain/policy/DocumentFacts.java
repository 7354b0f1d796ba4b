package org.dmp.domain.policy;

import java.util.EnumSet;
import java.util.Set;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.shared.Require;

/** What the policy needs to know of a document: its confidentiality and its author. */
public record DocumentFacts(
    Set<ConfidentialityCode> confidentiality, ActorKind authorKind, String authorId) {

  public DocumentFacts {
    Require.present(authorKind, "type d'auteur", "author kind");
    Require.present(authorId, "auteur", "author");
    confidentiality =
        confidentiality == null || confidentiality.isEmpty()
            ? EnumSet.noneOf(ConfidentialityCode.class)
            : EnumSet.copyOf(confidentiality);
  }

  public static DocumentFacts of(DocumentEntry entry) {
    return new DocumentFacts(entry.confidentiality(), entry.author().kind(), entry.author().id());
  }

  boolean is(ConfidentialityCode code) {
    return confidentiality.contains(code);
  }
}
