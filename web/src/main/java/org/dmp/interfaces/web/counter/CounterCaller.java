package org.dmp.interfaces.web.counter;

import org.dmp.application.login.SignedIn;
import org.dmp.domain.account.AccountKind;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.interfaces.web.session.CurrentUser;

/**
 * Who acts at a counter. A pharmacist's account (kind PHARMACIST_AT_COUNTER) has the pharmacy's
 * FINESS as its actor id and the pharmacy's name as its organisation: their openings are paid to
 * that pharmacy, so the caller carries it as a pharmacist's role (the service checks the actor id
 * against the account, hence the FINESS cannot be another pharmacy's).
 */
final class CounterCaller {

  private CounterCaller() {}

  static Caller of(CurrentUser user) {
    SignedIn account = user.account();
    if (!isPharmacist(user)) {
      return user.caller();
    }
    ProfessionalRole pharmacy =
        new ProfessionalRole(
            Profession.PHARMACIST, null, new Finess(account.actorId()), account.organisation());
    return Caller.of(
        new Actor(account.kind().actsAs(), account.actorId(), account.displayName(), pharmacy),
        Channel.WEB);
  }

  static boolean isPharmacist(CurrentUser user) {
    return user.account() != null && user.account().kind() == AccountKind.PHARMACIST_AT_COUNTER;
  }

  /** An insurer's agent opens at the counter; a pharmacist at the pharmacy. */
  static OpeningChannel openingChannel(CurrentUser user) {
    return isPharmacist(user) ? OpeningChannel.PHARMACY : OpeningChannel.COUNTER;
  }
}
