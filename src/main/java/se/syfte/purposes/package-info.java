/** The purposes a visit can have: an editable taxonomy per organisation. */
package se.syfte.purposes;
