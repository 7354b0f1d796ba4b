/**
 * The domain model of the shared medical record: plain Java, no server needed to run or test it.
 *
 * <p>One sub-package per concept (patient identity, record, professional, document, content, audit,
 * actor), each holding its entities, value objects, repository interfaces and the exceptions its
 * rules raise. JPA annotations map entities to tables but carry no behaviour; schema changes are
 * Flyway migrations, never generated.
 */
package org.dmp.domain;
