/** Tests on the real server: consent. */
package org.dmp.it.consent;
