/** The coaching summary worked out from the database: the coaching report and the coaching page's figures. */
package se.syfte.coaching.figures;
