/**
 * The CoreNLP extractor: the only package that imports {@code edu.stanford.nlp.*}. Its public face is
 * {@link org.newsgraph.extract.corenlp.CoreNlpExtractor} (an {@link org.newsgraph.extract.Extractor}) and
 * {@link org.newsgraph.extract.corenlp.CoreNlpPipelines#preload}; the custom annotators are public only because
 * CoreNLP builds them by class name, and {@code bench} uses {@code PlainCoreNlpBaseline} and {@code AnnotatorTimings}.
 * CoreNLP types never leave the package.
 *
 * <h2>Profiles</h2>
 * <table>
 * <caption>What each profile runs (settings and the measurements behind them in {@code CoreNlpPipelines})</caption>
 * <tr><th>profile</th><th>annotators</th></tr>
 * <tr><td>fast</td><td>tokenize, ssplit, pos, lemma, ner (one CRF model, the fine-grained KBP gazetteer from
 * {@link org.newsgraph.extract.corenlp.FineNerGazetteer}, no SUTime, no numeric classifiers), depparse, quote
 * (attribution by its own sieves; our name grouping instead of coreference)</td></tr>
 * <tr><td>default</td><td>ner as in fast, depparse, fastneural coreference (pairs scored by
 * {@link org.newsgraph.extract.corenlp.SparseCorefAnnotator}, candidates from the 20 mentions before), kbp (its rules,
 * without its statistical classifier), entity linking ({@link org.newsgraph.extract.corenlp.WikiDictLinker}: CoreNLP's
 * WikiDict links from a compact on-disk index), quote with coreference</td></tr>
 * <tr><td>full</td><td>CoreNLP's default NER (three CRF models, SUTime, numeric classifiers) with the same
 * fine-grained gazetteer, the constituency parser, depparse, neural coreference, kbp with its classifier, entity
 * linking, quote with coreference</td></tr>
 * </table>
 * What each costs and scores is measured in the README (Profiles, Measured figures).
 *
 * <h2>Entities (issue #4)</h2>
 * Names from NER ({@link org.newsgraph.extract.corenlp.NameMentions}): "Madison, Wisconsin" is one city and
 * "Southern California" one place; a city or state that is the subject of a verb of speaking or a political
 * act ("Washington warned") is the government seated there, typed an organisation without the place's link
 * ({@link org.newsgraph.extract.corenlp.Metonymy}). A nationality adjective that qualifies a person ("an American
 * poet") is a mention of the people of that nation, typed as persons and never as a place; a nationality noun
 * ("studied French") makes no mention; and a role the adjective qualifies is held in the named country ("the French
 * president" → president in France, {@link org.newsgraph.extract.corenlp.Demonyms}). Every title word is a role
 * mention, with or without a holder, except degree words ("Bachelor of Arts"), and carries the linker's page for the
 * title as its concept. (The resolver then keeps no link for a person known only by one word: the linker's guess
 * for a lone surname would join namesakes across articles.)
 */
package org.newsgraph.extract.corenlp;
