package org.newsgraph.cli;

import java.io.IOException;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Another process that holds a store open (and so its lock) until its stdin closes. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        Txn.executeWrite(ds, () -> ds.getDefaultModel().size());
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the lock
        }
    }
}
