package org.visitprep.record.storage;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Clock;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;

/**
 * What the imports of this node share: the record importer (its FHIR context is costly, so it is built once, at the
 * first import), the managed executor its helpers run on, and the board of imports the web layer polls.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RecordImportRuntime {

    private final ImportBoard board = new ImportBoard(Clock.systemUTC());
    private volatile RecordImporter importer;

    @Resource
    private ManagedExecutorService executor;

    public ImportBoard board() {
        return board;
    }

    public ManagedExecutorService executor() {
        return executor;
    }

    public RecordImporter importer() {
        RecordImporter current = importer;
        if (current == null) {
            synchronized (this) {
                if (importer == null) {
                    importer = RecordImporter.create(FhirContext.forR4(), executor, ImportLimits.defaults());
                }
                current = importer;
            }
        }
        return current;
    }
}
