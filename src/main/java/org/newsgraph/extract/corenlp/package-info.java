/**
 * The CoreNLP extractor: the only package that imports {@code edu.stanford.nlp.*}. Its public face is
 * {@link org.newsgraph.extract.corenlp.CoreNlpExtractor} (an {@link org.newsgraph.extract.Extractor}),
 * {@link org.newsgraph.extract.corenlp.CoreNlpPipelines#preload} and
 * {@link org.newsgraph.extract.corenlp.ClaimMerger#mergeClaims}; CoreNLP types never leave it.
 *
 * <h2>Profiles</h2>
 * <table>
 * <caption>What each profile runs (settings in {@code CoreNlpPipelines.properties})</caption>
 * <tr><th>profile</th><th>annotators</th></tr>
 * <tr><td>fast</td><td>tokenize, ssplit, pos, lemma, ner (one CRF model, fine-grained KBP gazetteers, no SUTime,
 * no numeric classifiers), depparse, quote (attribution by its own sieves; our name grouping instead of
 * coreference)</td></tr>
 * <tr><td>default</td><td>tokenize, ssplit, pos, lemma, ner (three CRF models, SUTime, fine-grained), depparse,
 * coref (fastneural), kbp, entity linking ({@link org.newsgraph.extract.corenlp.WikiDictLinker}: CoreNLP's WikiDict
 * links from a compact on-disk index), quote</td></tr>
 * <tr><td>full</td><td>as default plus the constituency parser (PCFG), with neural coreference</td></tr>
 * </table>
 *
 * <h2>Measured</h2>
 * {@code ProfileMeasurement} (test sources) on the first 10 articles of
 * {@code ../shared/corpus/wikinews/wikinews_2019.csv} (5,909 tokens), one thread, -Xmx10g, ParallelGC, on the
 * shared 2-core build machine (load average 5–12 from other jobs, so absolute figures are pessimistic):
 * <table>
 * <caption>Cost per profile</caption>
 * <tr><th>profile</th><th>load</th><th>tokens/s</th><th>heap after load</th><th>peak heap</th><th>peak RSS</th></tr>
 * <tr><td>fast</td><td>28 s</td><td>240</td><td>0.9 GB</td><td>3.2 GB</td><td>3.4 GB</td></tr>
 * <tr><td>default with statistical coref instead</td><td>261 s</td><td>104</td><td>4.4 GB</td><td>7.6 GB</td><td>7.8 GB</td></tr>
 * <tr><td>default (fastneural coref)</td><td>151 s</td><td>62</td><td>4.3 GB</td><td>7.0 GB</td><td>7.9 GB</td></tr>
 * <tr><td>full</td><td>196 s</td><td>22</td><td>4.4 GB</td><td>8.4 GB</td><td>8.7 GB</td></tr>
 * </table>
 * Coreference: statistical annotated faster in these runs, but on the seed article it joins "the Chinese
 * government" and "This site" to Huawei, where fastneural joins "the Chinese company" and "Our group";
 * default keeps fastneural until the dev-set scores of issue #4 decide. The entity linker's dictionary (WikiDict, 195 MB
 * gzipped, about 21 million entries) was most of the default profile's load time and about 3 GB of its heap
 * in these figures; it is now read from a compact on-disk index (see {@code CoreNlpPipelines}).
 *
 * <h2>Entities (issue #4)</h2>
 * Names from NER ({@link org.newsgraph.extract.corenlp.NameMentions}): "Madison, Wisconsin" is one city and
 * "Southern California" one place; a city or state that is the subject of a verb of speaking or a political
 * act ("Washington warned") is the government seated there, typed an organisation without the place's link
 * ({@link org.newsgraph.extract.corenlp.Metonymy}); nationality words make no mention but put a role they
 * qualify in the named country ("the French president" → president in France,
 * {@link org.newsgraph.extract.corenlp.Demonyms}). Every title word is a role mention, with or without a
 * holder, except degree words ("Bachelor of Arts"), and carries the linker's page for the title as its concept.
 * Measured on the OKE 2016 task-1 training sentences (dev, 196 sentences, 1,049 gold mentions) with
 * {@code EntityHarness} (test sources) over cached default-profile annotations; before → after:
 * <table>
 * <caption>OKE dev, micro F1 (the scorer of {@code ../shared/eval/score_entities.py})</caption>
 * <tr><th>measure</th><th>before</th><th>after</th></tr>
 * <tr><td>recognition strict</td><td>0.731</td><td>0.759</td></tr>
 * <tr><td>recognition weak</td><td>0.834</td><td>0.856</td></tr>
 * <tr><td>typing</td><td>0.706</td><td>0.733</td></tr>
 * <tr><td>linking</td><td>0.605</td><td>0.632</td></tr>
 * </table>
 * Linking counts the resolver's rule that a person known only by one word keeps no link (the linker's guess
 * for a lone surname would join namesakes across articles): trusting those links scores 0.643, with linking
 * precision 0.770 instead of 0.811.
 */
package org.newsgraph.extract.corenlp;
