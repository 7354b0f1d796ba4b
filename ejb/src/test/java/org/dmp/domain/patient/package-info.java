/** Unit tests of org.dmp.domain.patient, without a server. */
package org.dmp.domain.patient;
