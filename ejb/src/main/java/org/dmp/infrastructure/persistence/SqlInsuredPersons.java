package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.insured.InsuredPerson;
import org.dmp.domain.insured.InsuredPersons;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.patient.Sex;

/**
 * The insurer's beneficiaries read from {@code insured_person}, a table the insurer's referential
 * feeds (see migration V14). Read only: this server never writes the insurer's data.
 */
@ApplicationScoped
public class SqlInsuredPersons implements InsuredPersons {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<InsuredPerson> find(Nir nir) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select ins_oid, birth_name, first_names, used_name, sex, birth_date::text,"
                    + " birth_place_code, email from insured_person where nir = ?1")
            .setParameter(1, nir.value())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new InsuredPerson(
                    Ins.of(nir.value(), (String) r[0]),
                    new IdentityTraits(
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        Sex.valueOf(r[4].toString().strip()),
                        LocalDate.parse((String) r[5]),
                        (String) r[6]),
                    (String) r[7]));
  }
}
