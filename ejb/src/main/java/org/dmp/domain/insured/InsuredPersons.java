package org.dmp.domain.insured;

import java.util.Optional;
import org.dmp.domain.patient.Nir;

/** The insurer's beneficiaries, by NIR (a port: the insurer's referential is not this server's). */
public interface InsuredPersons {

  Optional<InsuredPerson> find(Nir nir);
}
