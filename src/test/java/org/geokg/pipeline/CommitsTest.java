package org.geokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;

/** What a shutdown hook reports: the commits done, counting one under way, and none after. */
class CommitsTest {
    @Test
    void stopWaitsForTheCommitUnderWayAndLetsNoOtherBegin() throws Exception {
        Commits commits = new Commits();
        commits.commit(3, () -> { });
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> commits.commit(2, () -> {
            writing.countDown();
            await(release);
        }));
        writing.await();
        CompletableFuture<Long> stopped = CompletableFuture.supplyAsync(() -> commits.stop(Duration.ofSeconds(30)));
        Thread.sleep(100);
        release.countDown();
        assertEquals(5, stopped.get(10, TimeUnit.SECONDS), "the commit under way is counted");
        commit.get(10, TimeUnit.SECONDS);
        int[] writes = {0};
        assertThrows(GeoKgException.class, () -> commits.commit(1, () -> writes[0]++));
        assertEquals(0, writes[0], "no write after the stop");
        assertEquals(5, commits.articles());
    }

    /** A commit that does not end (a remote store that does not answer) does not hold the stop past its wait. */
    @Test
    void aCommitThatDoesNotEndIsReportedAsUnderWay() throws Exception {
        Commits commits = new Commits();
        commits.commit(4, () -> { });
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> commits.commit(7, () -> {
            writing.countDown();
            await(release);
        }));
        writing.await();
        assertEquals(4, commits.stop(Duration.ofMillis(200)));
        assertEquals(7, commits.underWay());
        release.countDown();
        commit.get(10, TimeUnit.SECONDS);
        assertEquals(0, commits.underWay());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
