package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SourceBatches#read} on a TDB2 store when a batch fails, and when a write lands between its batches. */
class SourceBatchesFailureTest {
    private static final Node G = NodeFactory.createURI("urn:example:graph");
    private static final Node P = NodeFactory.createURI("urn:example:p");

    @TempDir
    Path dir;

    @Test
    void aFailingBatchLeavesTheStoreReadableForEveryThread() throws Exception {
        int quads = 200_000;
        Dataset written = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(written, () -> {
            for (int i = 0; i < quads; i++)
                written.asDatasetGraph().add(new Quad(G, NodeFactory.createURI("urn:example:s" + i), P,
                        NodeFactory.createLiteralString("a literal long enough to be read from the node table " + i)));
        });
        TDBInternal.expel(written.asDatasetGraph());
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        List<Query> batches = List.of(query(), query());
        CountDownLatch ended = new CountDownLatch(1);
        RuntimeException failure = new RuntimeException("the first batch fails, as a timed-out query does");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SourceBatches.read(ds, "test", () -> batches, batch -> {
            if (batch == batches.get(0)) {
                pause(30);
                throw failure;
            }
            // the other batch is deep in a read of the node table when the first one fails
            try {
                ds.asDatasetGraph().find().forEachRemaining(q -> q.getObject().getLiteralLexicalForm());
            } finally {
                ended.countDown();
            }
            return List.of();
        }, 2));
        assertSame(failure, thrown);
        assertTrue(ended.await(1, TimeUnit.MINUTES), "the other batch ends");
        long read = Txn.calculateRead(ds, () -> {
            long n = 0;
            for (var it = ds.asDatasetGraph().find(); it.hasNext(); n++)
                it.next().getObject().getLiteralLexicalForm();
            return n;
        });
        assertEquals(quads, read, "the store still reads whole after the failed batch");
    }

    @Test
    void aWriteBetweenBatchesMakesThemReadAgainInOneTransaction() {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(new Quad(G, G, P, G)));
        List<Query> batches = List.of(query(), query(), query());
        AtomicInteger calls = new AtomicInteger();
        List<Binding> rows = SourceBatches.read(ds, "test", () -> batches, batch -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                Thread writer = new Thread(() -> Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(new Quad(G, P, P, G))));
                writer.start();
                join(writer);
            } else if (call == 2)
                pause(300);
            return List.of(BindingFactory.binding(Var.alloc("n"), NodeFactory.createLiteralString(
                    Long.toString(ds.asDatasetGraph().stream().count()))));
        }, 2);
        assertEquals(6, calls.get(), "three batches on the pool, then the three again in one transaction");
        assertEquals(List.of("2", "2", "2"), rows.stream().map(r -> r.get(Var.alloc("n")).getLiteralLexicalForm()).toList(),
                "every row sees the store after the write");
    }

    private static Query query() {
        return QueryFactory.create("SELECT * { ?s ?p ?o }");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
