/** Import from Syfte's workbook and CSV files: all or nothing, never a silent loss. */
package se.syfte.imports;
