/** The retention job on the real server: purge after ten years (clock moved), housekeeping. */
package org.dmp.it.retention;
