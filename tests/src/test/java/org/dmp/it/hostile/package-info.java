/**
 * The hostile-input corpus: bad inputs at every boundary (SOAP, REST, pages), each with the
 * specific answer it must get and the proof that it changed nothing.
 */
package org.dmp.it.hostile;
