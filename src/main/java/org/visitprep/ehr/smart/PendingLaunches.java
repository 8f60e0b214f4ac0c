package org.visitprep.ehr.smart;

import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The launches one browser session has started and not finished, by {@code state}: the web layer keeps one in the
 * HTTP session (set the attribute again after a change, so that a replicated session follows). A few may be pending
 * at once (two tabs); beyond {@value #CAPACITY} the oldest is dropped. Expired ones stay until taken or dropped, so
 * that a late callback is told it came too late rather than that it is unknown.
 */
public final class PendingLaunches implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int CAPACITY = 5;

    private final LinkedHashMap<String, PendingLaunch> byState = new LinkedHashMap<>();

    public synchronized void add(PendingLaunch launch) {
        byState.put(launch.state(), launch);
        Iterator<String> oldestFirst = byState.keySet().iterator();
        while (byState.size() > CAPACITY) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    /** Removes and answers the launch started with this state: a state is good for one callback only. */
    public synchronized Optional<PendingLaunch> take(String state) {
        return state == null ? Optional.empty() : Optional.ofNullable(byState.remove(state));
    }

    public synchronized int size() {
        return byState.size();
    }

    @Override
    public synchronized String toString() {
        return "PendingLaunches[" + byState.size() + "]";
    }
}
