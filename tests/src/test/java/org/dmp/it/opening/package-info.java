/** Tests on the real server: opening a record online, by the patient alone. */
package org.dmp.it.opening;
