package org.visitprep.record.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Finds, once at start-up and in the background, the records that hold more than one person: records built before
 * every import checked whom it was about. Each record is reviewed once ({@code record_person_review}); at most
 * {@code visitprep.record.person-review.max-records} records a start-up (default {@value #DEFAULT_MOST}), the rest at
 * the next one. The patient's record page then shows which import is about whom. The log says how many records were
 * reviewed and how many hold more than one person, nothing else.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordPersonReview {

    static final int DEFAULT_MOST = 10_000;

    private static final Logger LOG = Logger.getLogger(RecordPersonReview.class.getName());

    @EJB
    private RecordPersons persons;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void reviewInBackground() {
        int most = ConfigProvider.getConfig(RecordPersonReview.class.getClassLoader())
                .getOptionalValue("visitprep.record.person-review.max-records", Integer.class)
                .orElse(DEFAULT_MOST);
        executor.submit(() -> {
            try {
                var counts = persons.reviewPending(most);
                LOG.info(() -> "Person review: " + counts.reviewed() + " records reviewed, " + counts.mixed()
                        + " hold more than one person");
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "The person review failed: {0}",
                        e.getClass().getName());
            }
        });
    }
}
