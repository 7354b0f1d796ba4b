package org.dmp.application.opening;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dmp.application.login.CodeSent;
import org.dmp.application.record.RecordOpening;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.verification.CodeDelivery;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.account.NewPassword;
import org.dmp.domain.account.PasswordHash;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.insured.IdentityClaim;
import org.dmp.domain.insured.InsuredPerson;
import org.dmp.domain.insured.InsuredPersons;
import org.dmp.domain.notification.Message;
import org.dmp.domain.opening.Adulthood;
import org.dmp.domain.opening.OpeningFailures;
import org.dmp.domain.opening.OpeningLock;
import org.dmp.domain.opening.OpeningRefusedException;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordRepository;
import org.dmp.domain.verification.CodeCheck;
import org.dmp.domain.verification.CodePurpose;
import org.dmp.domain.verification.OneTimeCodes;

/**
 * A patient opens their own record from the portal, alone: their NIR and the traits of their Vitale
 * card checked against the insurer's, a confidential code sent to the contact the insurer holds,
 * then the record (channel ONLINE) and their account with the password they chose.
 *
 * <p>Every method is {@code @PermitAll}: nobody is logged in, the person has no account yet. What
 * stands for the container's check is this service's own: the traits must be the insurer's, and the
 * code proves the person reads the insurer's contact. The record is then opened by the patient as
 * themselves (a PATIENT actor with their INS), so the access policy decides it (OWN_RECORD) and the
 * audit trail shows the patient opening it online. Failures (traits, codes) are counted in their
 * own transaction ({@link FailureLog}); five in an hour lock the NIR's opening.
 */
@Stateless
@ApplicationService
@DenyAll
public class OnlineOpenings {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  @Inject InsuredPersons insured;
  @Inject RecordRepository records;
  @Inject RecordOpening opening;
  @Inject AccountRepository accounts;
  @Inject OneTimeCodes codes;
  @Inject CodeDelivery delivery;
  @Inject OpeningFailures failures;
  @Inject FailureLog failureLog;
  @Inject Clock clock;

  /**
   * Step 1: checks the NIR (its key), that the person is an adult, that the traits are the
   * insurer's and that there is no record yet, then sends a code to the insurer's contact.
   *
   * @return where the code went, mostly masked
   */
  @PermitAll
  public CodeSent requestCode(String typedNir, IdentityClaim claim) {
    Nir nir = Nir.parse(typedNir);
    Instant now = clock.instant();
    refuseIfLocked(nir, now);
    if (!Adulthood.isAdult(claim.birthDate(), today())) {
      throw OpeningRefusedException.minor();
    }
    InsuredPerson person = insuredMatching(nir, claim, now);
    // the insurer's birth date decides, should the typed one be a typo that still matched
    if (!Adulthood.isAdult(person.traits().birthDate(), today())) {
      throw OpeningRefusedException.minor();
    }
    refuseIfRecordExists(nir);
    String email = person.contact().orElseThrow(OpeningRefusedException::noContact);
    delivery.send(
        CodePurpose.OPENING,
        nir.value(),
        email,
        code ->
            new Message(
                email,
                "Ouverture de votre dossier médical partagé / Opening your shared medical record",
                "Bonjour,\n\nVotre code confidentiel pour ouvrir votre dossier médical partagé"
                    + " est : "
                    + code
                    + "\nIl est valable 15 minutes et ne sert qu'une fois. Si vous n'avez pas"
                    + " demandé l'ouverture de votre dossier, ne communiquez ce code à personne.\n\n"
                    + "Hello,\n\nYour confidential code to open your shared medical record is: "
                    + code
                    + "\nIt is valid for 15 minutes, once. If you did not ask to open your"
                    + " record, give this code to nobody.\n"),
        OpeningRefusedException::tooManyCodes);
    return CodeSent.to(email);
  }

  /**
   * Step 2: checks the typed code without using it (the password comes next); a wrong code spends
   * one of the code's attempts and counts towards the lock.
   */
  @PermitAll
  public CodeCheck checkCode(String typedNir, String typedCode) {
    Nir nir = Nir.parse(typedNir);
    Instant now = clock.instant();
    refuseIfLocked(nir, now);
    CodeCheck check =
        codes
            .latest(CodePurpose.OPENING, nir.value())
            .map(c -> c.verify(typedCode, now))
            .orElse(CodeCheck.NONE);
    countIfWrong(nir, check, now);
    return check;
  }

  /**
   * Step 3: with the code again and the password chosen, opens the record (channel ONLINE) and the
   * patient's account; the code is used up. A refused password changes nothing (the code still
   * works); a wrong code is returned, not thrown, so that its attempt is kept.
   */
  @PermitAll
  public OpeningConfirmation confirm(String typedNir, String typedCode, String chosenPassword) {
    Nir nir = Nir.parse(typedNir);
    Instant now = clock.instant();
    refuseIfLocked(nir, now);
    NewPassword password = new NewPassword(chosenPassword);
    CodeCheck check =
        codes
            .latest(CodePurpose.OPENING, nir.value())
            .map(c -> c.check(typedCode, now))
            .orElse(CodeCheck.NONE);
    countIfWrong(nir, check, now);
    if (!check.accepted()) {
      return OpeningConfirmation.refused(check);
    }
    InsuredPerson person = insured.find(nir).orElseThrow(OpeningRefusedException::identityMismatch);
    refuseIfRecordExists(nir);
    Caller patient = Caller.of(Actor.patient(person.ins(), person.displayName()), Channel.WEB);
    opening.open(patient, person.ins(), person.traits(), OpeningChannel.ONLINE, true);
    String login = opening.newPatientLogin();
    password.notContaining(login);
    PasswordHash hash = PasswordHash.of(password.value());
    Account account = Account.patient(login, nir.value(), hash);
    // the patient chose this password themselves: nothing to replace at the first login
    account.changePassword(hash);
    account.setContact(person.contact().orElse(null), null);
    account.describe(person.displayName(), null);
    accounts.add(account);
    return new OpeningConfirmation(check, login);
  }

  private InsuredPerson insuredMatching(Nir nir, IdentityClaim claim, Instant now) {
    return insured
        .find(nir)
        .filter(claim::matches)
        .orElseThrow(
            () -> {
              failureLog.failed(nir.value(), OpeningFailures.Reason.IDENTITY, now);
              return OpeningRefusedException.identityMismatch();
            });
  }

  private void countIfWrong(Nir nir, CodeCheck check, Instant now) {
    if (check == CodeCheck.WRONG || check == CodeCheck.TOO_MANY_ATTEMPTS) {
      failureLog.failed(nir.value(), OpeningFailures.Reason.CODE, now);
    }
  }

  private void refuseIfLocked(Nir nir, Instant now) {
    if (OpeningLock.isLocked(failures, nir.value(), now)) {
      throw OpeningRefusedException.locked();
    }
  }

  private void refuseIfRecordExists(Nir nir) {
    records
        .findByNir(nir)
        .ifPresent(
            existing -> {
              throw OpeningRefusedException.alreadyExists(existing.status());
            });
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), FRANCE);
  }
}
