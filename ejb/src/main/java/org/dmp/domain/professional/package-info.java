/**
 * Health professionals as the national directory knows them: RPPS number, profession (G15),
 * specialty (R38) and organisation (FINESS), and the directory table that records them.
 */
package org.dmp.domain.professional;
