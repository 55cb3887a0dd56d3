/**
 * Evaluation against gold standards: attribution (who said what) on BRAT standoff gold in the PolNeAR
 * layout, entity mentions on NIF gold in the OKE task-1 layout, and entity identity across articles on
 * MEANTIME-style TSV gold. Each gold reader refuses a malformed gold with one sentence naming the input
 * and the layout it expects; each scorer computes exactly what the matching {@code shared/eval/score_*.py}
 * script computes, so that figures from Java and Python agree on the same files.
 *
 * <p>Comes after {@code store} and the root {@code NewsGraph} in the pipeline: it ingests gold texts
 * through a {@link org.newsgraph.NewsGraph} and reads the predictions back with the named queries
 * {@code claim-offsets} and {@code mentions}.
 */
package org.newsgraph.eval;
