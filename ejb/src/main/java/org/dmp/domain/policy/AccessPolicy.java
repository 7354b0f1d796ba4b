package org.dmp.domain.policy;

import static org.dmp.domain.policy.Action.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.record.RecordStatus;

/**
 * The access policy of the DMP: decides every action of every actor on a record or a document, for
 * every channel, and says which rule decided and why.
 *
 * <p>Evaluation order, the first that applies deciding: what the actor's kind may attempt at all
 * ({@link Rule#ACTOR_KIND}); a closed record ({@link Rule#RECORD_CLOSED}); a patient acts only on
 * their own record, a representative only for a patient they represent; a blocked professional does
 * nothing but learn that they are blocked ({@link Rule#BLOCKED}); then the rule of the action:
 * feeding under non-opposition, reading under the treating physician's right, an authorization or
 * an emergency mode, document visibility, authorship.
 */
public final class AccessPolicy {

  private static final Set<Action> DOCUMENT_MANAGEMENT =
      EnumSet.of(HIDE_FROM_PROFESSIONALS, UNHIDE_FROM_PROFESSIONALS, ARCHIVE, DELETE, REPLACE);
  private static final Set<Action> AUTHOR_ACTIONS = EnumSet.of(ARCHIVE, DELETE, REPLACE);
  private static final Set<Action> INVISIBILITY_ACTIONS =
      EnumSet.of(
          SET_INVISIBLE_TO_PATIENT,
          LIFT_INVISIBLE_TO_PATIENT,
          SET_INVISIBLE_TO_REPRESENTATIVES,
          LIFT_INVISIBLE_TO_REPRESENTATIVES);
  private static final Set<Action> ON_CLOSED_RECORD =
      EnumSet.of(READ_RECORD, REACTIVATE_RECORD, READ_ACCESS_HISTORY);

  private static final Set<Action> PATIENT_ACTIONS =
      EnumSet.of(
          OPEN_RECORD,
          READ_RECORD,
          SEARCH,
          READ_DOCUMENT,
          FEED,
          HIDE_FROM_PROFESSIONALS,
          UNHIDE_FROM_PROFESSIONALS,
          ARCHIVE,
          DELETE,
          REPLACE,
          MANAGE_AUTHORIZATIONS,
          DECLARE_TREATING_PHYSICIAN,
          DESIGNATE_TREATING_PHYSICIAN,
          MANAGE_SETTINGS,
          CLOSE_RECORD,
          REACTIVATE_RECORD,
          READ_ACCESS_HISTORY,
          READ_PERSONAL_INFORMATION,
          CHANGE_PERSONAL_INFORMATION,
          READ_HEALTH_INFORMATION,
          CHANGE_HEALTH_INFORMATION);

  /** What each kind of actor may attempt at all; anything else is refused by ACTOR_KIND. */
  private static final Map<ActorKind, Set<Action>> ATTEMPTS =
      Map.of(
          ActorKind.PATIENT,
          PATIENT_ACTIONS,
          ActorKind.REPRESENTATIVE,
          without(PATIENT_ACTIONS, OPEN_RECORD),
          ActorKind.PROFESSIONAL,
          EnumSet.of(
              OPEN_RECORD,
              READ_RECORD,
              SEARCH,
              READ_DOCUMENT,
              FEED,
              HIDE_FROM_PROFESSIONALS,
              UNHIDE_FROM_PROFESSIONALS,
              SET_INVISIBLE_TO_PATIENT,
              LIFT_INVISIBLE_TO_PATIENT,
              SET_INVISIBLE_TO_REPRESENTATIVES,
              LIFT_INVISIBLE_TO_REPRESENTATIVES,
              ARCHIVE,
              DELETE,
              REPLACE,
              RECORD_ORAL_CONSENT,
              DECLARE_TREATING_PHYSICIAN,
              REACTIVATE_RECORD),
          ActorKind.COUNTER_AGENT,
          // the counter records how to reach the patient and their organ-donation wish, never
          // medical content (advance directives, vaccinations)
          EnumSet.of(
              OPEN_RECORD,
              READ_RECORD,
              CLOSE_RECORD,
              REACTIVATE_RECORD,
              MANAGE_REPRESENTATIVES,
              READ_PERSONAL_INFORMATION,
              CHANGE_PERSONAL_INFORMATION,
              RENEW_CREDENTIALS),
          ActorKind.PHARMACIST_AT_COUNTER,
          EnumSet.of(OPEN_RECORD, READ_RECORD),
          ActorKind.FEED_SYSTEM,
          EnumSet.of(READ_RECORD, FEED, ARCHIVE, DELETE, REPLACE),
          ActorKind.AUDITOR,
          EnumSet.of(READ_ACCESS_HISTORY),
          ActorKind.SYSTEM,
          EnumSet.noneOf(Action.class));

  private final PolicySettings settings;

  public AccessPolicy(PolicySettings settings) {
    this.settings = settings;
  }

  /** Opening a record for the patient with this INS (there is no record yet). */
  public AccessDecision decideOpening(Caller caller, String patientId) {
    Actor actor = caller.actor();
    AccessDecision kind = kindGate(actor, OPEN_RECORD);
    if (kind != null) {
      return kind;
    }
    if (actor.kind() == ActorKind.PATIENT) {
      return actor.id().equals(patientId)
          ? AccessDecision.allow(
              Rule.OWN_RECORD,
              "Le patient ouvre son propre dossier",
              "The patient opens their own record")
          : notTheirRecord();
    }
    return allowedByKind(actor, OPEN_RECORD);
  }

  /** An action on the record itself. */
  public AccessDecision decide(Caller caller, Action action, RecordFacts record) {
    if (action.onDocument() || action == OPEN_RECORD) {
      throw new IllegalArgumentException(action + " is not decided on the record alone");
    }
    return decideOn(caller, action, record, null);
  }

  /** An action on one document of the record. */
  public AccessDecision decide(
      Caller caller, Action action, RecordFacts record, DocumentFacts document) {
    if (!action.onDocument()) {
      throw new IllegalArgumentException(action + " is not an action on a document");
    }
    return decideOn(caller, action, record, document);
  }

  private AccessDecision decideOn(
      Caller caller, Action action, RecordFacts record, DocumentFacts document) {
    Actor actor = caller.actor();
    AccessDecision kind = kindGate(actor, action);
    if (kind != null) {
      return kind;
    }
    if (record.status() == RecordStatus.CLOSED && !ON_CLOSED_RECORD.contains(action)) {
      return AccessDecision.deny(
          Rule.RECORD_CLOSED,
          "Le dossier est fermé : il n'est ni consulté ni alimenté",
          "The record is closed: it is neither read nor fed");
    }
    return switch (actor.kind()) {
      case PATIENT -> forPatient(actor, action, record, document);
      case REPRESENTATIVE -> forRepresentative(action, record, document);
      case PROFESSIONAL -> forProfessional(caller, action, record, document);
      case FEED_SYSTEM -> forFeedSystem(actor, action, document);
      default -> allowedByKind(actor, action);
    };
  }

  /** ACTOR_KIND: refuses what this kind of actor may never attempt; null when it may. */
  private AccessDecision kindGate(Actor actor, Action action) {
    if (isOccupationalPhysician(actor) && !settings.occupationalPhysiciansAllowed()) {
      return AccessDecision.deny(
          Rule.ACTOR_KIND,
          "Les médecins du travail n'ont pas accès au dossier médical partagé",
          "Occupational physicians have no access to the shared medical record");
    }
    if (!ATTEMPTS.get(actor.kind()).contains(action)) {
      return AccessDecision.deny(
          Rule.ACTOR_KIND,
          actor.kind().french() + " ne peut pas " + action.french(),
          actor.kind().english() + " may not " + action.english());
    }
    if (action == DECLARE_TREATING_PHYSICIAN
        && actor.kind() == ActorKind.PROFESSIONAL
        && actor.role().profession() != Profession.DOCTOR) {
      return AccessDecision.deny(
          Rule.ACTOR_KIND,
          "Seul un médecin peut être médecin traitant",
          "Only a doctor can be the treating physician");
    }
    return null;
  }

  private AccessDecision forPatient(
      Actor actor, Action action, RecordFacts record, DocumentFacts document) {
    if (!actor.id().equals(record.patientId())) {
      return notTheirRecord();
    }
    return asPatient(Rule.OWN_RECORD, false, action, document);
  }

  private AccessDecision forRepresentative(
      Action action, RecordFacts record, DocumentFacts document) {
    if (!record.callerIsRepresentative()) {
      return AccessDecision.deny(
          Rule.REPRESENTATIVE,
          "Vous n'êtes pas enregistré comme représentant légal de ce patient",
          "You are not registered as this patient's legal representative");
    }
    return asPatient(Rule.REPRESENTATIVE, true, action, document);
  }

  /** The patient, or a representative acting as the patient, on their record. */
  private AccessDecision asPatient(
      Rule rule, boolean representative, Action action, DocumentFacts document) {
    if (document != null) {
      if (document.is(ConfidentialityCode.INVISIBLE_PATIENT)) {
        return AccessDecision.deny(
            Rule.INVISIBLE_TO_PATIENT,
            "Ce document n'est pas encore visible : un professionnel doit d'abord vous l'annoncer",
            "This document is not visible yet: a professional must first tell you about it");
      }
      if (representative && document.is(ConfidentialityCode.INVISIBLE_REPRESENTANTS_LEGAUX)) {
        return AccessDecision.deny(
            Rule.INVISIBLE_TO_REPRESENTATIVES,
            "Ce document n'est pas visible par les représentants légaux",
            "This document is not visible to legal representatives");
      }
      if (AUTHOR_ACTIONS.contains(action)) {
        boolean addedByPatientSide =
            document.authorKind() == ActorKind.PATIENT
                || document.authorKind() == ActorKind.REPRESENTATIVE;
        return addedByPatientSide ? authorAllowed() : notTheAuthor();
      }
    }
    return representative
        ? AccessDecision.allow(
            Rule.REPRESENTATIVE,
            "Le représentant légal agit pour le patient",
            "The legal representative acts for the patient")
        : AccessDecision.allow(
            Rule.OWN_RECORD, "Le patient agit sur son dossier", "The patient acts on their record");
  }

  private AccessDecision forProfessional(
      Caller caller, Action action, RecordFacts record, DocumentFacts document) {
    Actor actor = caller.actor();
    if (record.callerAuthorization() == AuthorizationStatus.FORBIDDEN && action != READ_RECORD) {
      return AccessDecision.deny(
          Rule.BLOCKED,
          actor.displayName() + " a été bloqué par le patient",
          actor.displayName() + " is blocked by the patient");
    }
    return switch (action) {
      case FEED ->
          AccessDecision.allow(
              Rule.FEED_NON_OPPOSITION,
              "Alimentation sans autorisation préalable, le patient en est informé",
              "Feeding needs no authorization; the patient is informed");
      case RECORD_ORAL_CONSENT ->
          AccessDecision.allow(
              Rule.AUTHORIZED,
              "Consentement oral du patient enregistré par le professionnel",
              "The patient's oral consent, recorded by the professional");
      case DECLARE_TREATING_PHYSICIAN ->
          AccessDecision.allow(
              Rule.TREATING_PHYSICIAN,
              "Le médecin se déclare médecin traitant avec l'accord du patient",
              "The doctor declares themselves treating physician with the patient's consent");
      case SEARCH -> readBasis(caller, record);
      case READ_DOCUMENT -> readDocument(caller, record, document);
      default -> {
        if (INVISIBILITY_ACTIONS.contains(action)) {
          yield readDocument(caller, record, document);
        }
        if (DOCUMENT_MANAGEMENT.contains(action)) {
          yield isAuthor(actor, document) ? authorAllowed() : notTheAuthor();
        }
        yield allowedByKind(actor, action);
      }
    };
  }

  /** Why this professional may read the record at all, or why not. */
  private AccessDecision readBasis(Caller caller, RecordFacts record) {
    Actor actor = caller.actor();
    if (record.callerTreats(actor)) {
      return AccessDecision.allow(
          Rule.TREATING_PHYSICIAN,
          "Médecin traitant (ou droits du médecin traitant donnés par le patient)",
          "Treating physician (or the treating physician's rights given by the patient)");
    }
    if (record.callerAuthorization() == AuthorizationStatus.VALID) {
      return AccessDecision.allow(
          Rule.AUTHORIZED, "Autorisé par le patient", "Authorized by the patient");
    }
    if (caller.mode() == AccessMode.BREAK_GLASS) {
      return emergency(Rule.BREAK_GLASS, record.breakGlassAllowed(), caller, "bris de glace");
    }
    if (caller.mode() == AccessMode.CENTRE_15) {
      return emergency(Rule.CENTRE_15, record.centre15Allowed(), caller, "centre 15");
    }
    return record.callerAuthorization() == AuthorizationStatus.EXPIRED
        ? AccessDecision.deny(
            Rule.AUTHORIZED,
            "L'autorisation de " + actor.displayName() + " a expiré",
            actor.displayName() + "'s authorization has expired")
        : AccessDecision.deny(
            Rule.AUTHORIZED,
            actor.displayName() + " n'est pas autorisé par le patient",
            actor.displayName() + " is not authorized by the patient");
  }

  private static AccessDecision emergency(
      Rule rule, boolean patientAllows, Caller caller, String frenchName) {
    String englishName = rule == Rule.BREAK_GLASS ? "break-glass" : "centre-15";
    if (caller.reason() == null) {
      return AccessDecision.deny(
          rule,
          "Un accès en " + frenchName + " doit être justifié : donnez le motif",
          "A " + englishName + " access must be justified: give the reason");
    }
    if (!patientAllows) {
      return AccessDecision.deny(
          rule,
          "Le patient a refusé l'accès en " + frenchName,
          "The patient has refused " + englishName + " access");
    }
    return AccessDecision.allow(
        rule,
        "Accès en " + frenchName + " : " + caller.reason(),
        englishName + " access: " + caller.reason());
  }

  private AccessDecision readDocument(Caller caller, RecordFacts record, DocumentFacts document) {
    AccessDecision basis = readBasis(caller, record);
    if (!basis.allowed()
        || !document.is(ConfidentialityCode.MASQUE_PS)
        || basis.rule() == Rule.TREATING_PHYSICIAN
        || isAuthor(caller.actor(), document)) {
      return basis;
    }
    return AccessDecision.deny(
        Rule.HIDDEN_FROM_PROFESSIONALS,
        "Document masqué aux professionnels de santé par le patient",
        "Document hidden from health professionals by the patient");
  }

  private static AccessDecision forFeedSystem(Actor actor, Action action, DocumentFacts document) {
    if (action == FEED) {
      return AccessDecision.allow(
          Rule.FEED_NON_OPPOSITION,
          "Alimentation par un système habilité",
          "Feeding by an accredited system");
    }
    if (document != null) {
      return isAuthor(actor, document) ? authorAllowed() : notTheAuthor();
    }
    return allowedByKind(actor, action);
  }

  private boolean isOccupationalPhysician(Actor actor) {
    return actor.kind() == ActorKind.PROFESSIONAL
        && actor.role().specialty() != null
        && settings.occupationalSpecialties().contains(actor.role().specialty().code());
  }

  private static boolean isAuthor(Actor actor, DocumentFacts document) {
    return document.authorKind() == actor.kind() && document.authorId().equals(actor.id());
  }

  private static AccessDecision allowedByKind(Actor actor, Action action) {
    return AccessDecision.allow(
        Rule.ACTOR_KIND,
        actor.kind().french() + " peut " + action.french(),
        actor.kind().english() + " may " + action.english());
  }

  private static AccessDecision authorAllowed() {
    return AccessDecision.allow(
        Rule.AUTHOR_ONLY, "Action de l'auteur du document", "Done by the document's author");
  }

  private static AccessDecision notTheAuthor() {
    return AccessDecision.deny(
        Rule.AUTHOR_ONLY,
        "Seul l'auteur du document peut l'archiver, le supprimer ou le remplacer",
        "Only the document's author may archive, delete or replace it");
  }

  private static AccessDecision notTheirRecord() {
    return AccessDecision.deny(
        Rule.OWN_RECORD, "Ce dossier n'est pas le vôtre", "This record is not yours");
  }

  private static Set<Action> without(Set<Action> actions, Action removed) {
    EnumSet<Action> copy = EnumSet.copyOf(actions);
    copy.remove(removed);
    return copy;
  }
}
