/**
 * Reading dossier input files and writing result files, in the JSON formats of
 * {@code docs/formats.md}; the JSON Schemas ship as {@code org/chuanmuc/schema/dossiers.schema.json}
 * and {@code org/chuanmuc/schema/results.schema.json}.
 *
 * <p>{@link org.chuanmuc.io.DossierReader} reads a file whole ({@link org.chuanmuc.io.DossierFile}) or in
 * batches per unit ({@link org.chuanmuc.io.DossierStream}); {@link org.chuanmuc.io.ResultWriter} streams
 * the results out.
 */
package org.chuanmuc.io;
