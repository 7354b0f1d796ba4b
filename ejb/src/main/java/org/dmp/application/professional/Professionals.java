package org.dmp.application.professional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.professional.ProfessionalDirectory;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The professional directory for the patient's side: find a professional by name to block or
 * authorize them, and name the professionals a page lists by RPPS.
 */
@Stateless
@ApplicationService
@DenyAll
public class Professionals {

  /** Enough to choose from; a longer list means the name typed is too short. */
  public static final int MAX_RESULTS = 20;

  static final int MIN_NAME_LENGTH = 2;

  @Inject ProfessionalDirectory directory;

  /**
   * Professionals whose family name starts with {@code name} (at least {@value #MIN_NAME_LENGTH}
   * characters, else {@code PROFESSIONAL_NAME}), at most {@value #MAX_RESULTS}.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public List<ProfessionalView> search(@NotNull Caller caller, String name) {
    if (name == null || name.strip().length() < MIN_NAME_LENGTH) {
      throw new InvalidValueException(
          "PROFESSIONAL_NAME",
          "Saisissez au moins " + MIN_NAME_LENGTH + " lettres du nom du professionnel",
          "Type at least " + MIN_NAME_LENGTH + " letters of the professional's name");
    }
    return directory.searchByName(name, MAX_RESULTS).stream().map(ProfessionalView::of).toList();
  }

  /** The professional with this RPPS, if the directory knows them. */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public Optional<ProfessionalView> find(@NotNull Caller caller, @NotNull Rpps rpps) {
    return directory.find(rpps).map(ProfessionalView::of);
  }

  /** The known professionals among these, by RPPS (the unknown ones are left out). */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public Map<Rpps, ProfessionalView> named(@NotNull Caller caller, @NotNull Collection<Rpps> rpps) {
    Map<Rpps, ProfessionalView> named = new LinkedHashMap<>();
    for (Rpps one : rpps) {
      if (one != null) {
        directory.find(one).ifPresent(p -> named.put(one, ProfessionalView.of(p)));
      }
    }
    return named;
  }
}
