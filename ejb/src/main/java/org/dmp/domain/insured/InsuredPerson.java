package org.dmp.domain.insured;

import java.util.Optional;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;

/**
 * A beneficiary as the insurer knows them: their INS, the identity traits of their Vitale card, and
 * the e-mail address the insurer holds (where an online opening's code goes; absent for some).
 */
public record InsuredPerson(Ins ins, IdentityTraits traits, String email) {

  public Optional<String> contact() {
    return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.strip());
  }

  /** The name the portal greets them by: first of the first names, then the name in use. */
  public String displayName() {
    String name = traits.usedName() == null ? traits.birthName() : traits.usedName();
    return IdentityClaim.firstOf(traits.firstNames()) + " " + name;
  }
}
