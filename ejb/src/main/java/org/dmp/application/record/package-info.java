/** Use cases on the record itself: open, find, close, reactivate. */
package org.dmp.application.record;
