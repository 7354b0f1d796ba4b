/**
 * The record (DMP) itself, one per patient: its lifecycle (open, closed with a reason, reopened;
 * purged ten years after closure), how and by whom it was opened, and the repository that stores
 * it.
 */
package org.dmp.domain.record;
