package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dmp.domain.statistics.ActivityStatistics;
import org.dmp.domain.statistics.StatisticsPeriod;

/**
 * The statistics as SQL aggregates (GROUP BY in PostgreSQL, never rows brought into Java). Days are
 * French days ({@code Europe/Paris}). The department is the first two characters of the INSEE code
 * of the patient's birthplace (three for the overseas departments 97x; {@code 99} born abroad,
 * {@code ??} unknown): the only place the record holds.
 */
@ApplicationScoped
public class JpaActivityStatistics implements ActivityStatistics {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  @PersistenceContext EntityManager em;

  @Override
  public List<RecordsOpened> recordsOpened(StatisticsPeriod period) {
    return rows(
            """
            select cast(opened_at at time zone 'Europe/Paris' as date), opening_channel,
                   case when birth_place_code is null then '??'
                        when birth_place_code like '97%' then substr(birth_place_code, 1, 3)
                        else substr(birth_place_code, 1, 2) end as department,
                   count(*)
            from record where opened_at >= ?1 and opened_at < ?2
            group by 1, 2, 3 order by 1, 2, 3""",
            period)
        .stream()
        .map(
            r ->
                new RecordsOpened(
                    ((Date) r[0]).toLocalDate(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public List<DocumentsFed> documentsFed(StatisticsPeriod period) {
    return rows(
            """
            select cast(a.occurred_at at time zone 'Europe/Paris' as date), d.class_code,
                   a.channel, d.author_kind, count(*)
            from audit_event a join document_entry d on d.id = a.document_id
            where a.action = 'FEED' and a.decision = 'ALLOWED'
              and a.occurred_at >= ?1 and a.occurred_at < ?2
            group by 1, 2, 3, 4 order by 1, 2, 3, 4""",
            period)
        .stream()
        .map(
            r ->
                new DocumentsFed(
                    ((Date) r[0]).toLocalDate(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue()))
        .toList();
  }

  @Override
  public List<ProfessionalActivity> professionals(StatisticsPeriod period) {
    return rows(
            """
            select actor_id, max(actor_name),
                   count(*) filter (where action = 'FEED'),
                   count(*) filter (where action = 'READ_DOCUMENT')
            from audit_event
            where actor_kind = 'PROFESSIONAL' and decision = 'ALLOWED'
              and action in ('FEED', 'READ_DOCUMENT')
              and occurred_at >= ?1 and occurred_at < ?2
            group by actor_id order by actor_id""",
            period)
        .stream()
        .map(
            r ->
                new ProfessionalActivity(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public List<PharmacyOpenings> pharmacyOpenings(StatisticsPeriod period) {
    return rows(
            """
            select opened_by_finess,
                   (array_agg(opened_by_organisation order by opened_at desc)
                      filter (where opened_by_organisation is not null))[1],
                   count(*)
            from record
            where opening_channel = 'PHARMACY' and opened_at >= ?1 and opened_at < ?2
            group by opened_by_finess order by 3 desc, 1 nulls last""",
            period)
        .stream()
        .map(
            r ->
                new PharmacyOpenings(
                    r[0] == null ? null : ((String) r[0]).strip(),
                    (String) r[1],
                    ((Number) r[2]).longValue()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, StatisticsPeriod period) {
    return em.createNativeQuery(sql)
        .setParameter(1, start(period.from()))
        .setParameter(2, start(period.to().plusDays(1)))
        .getResultList();
  }

  private static java.sql.Timestamp start(LocalDate day) {
    return java.sql.Timestamp.from(day.atStartOfDay(FRANCE).toInstant());
  }
}
