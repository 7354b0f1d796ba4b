/**
 * The rules of opening a record online, by the patient alone: who may (an adult whose traits are
 * the insurer's), what each refusal says, and the failed attempts that lock the opening of a NIR
 * for a while.
 */
package org.dmp.domain.opening;
