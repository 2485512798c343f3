package org.geokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        CompletableFuture<Long> stopped = CompletableFuture.supplyAsync(commits::stop);
        Thread.sleep(100);
        release.countDown();
        assertEquals(5, stopped.get(10, TimeUnit.SECONDS), "the commit under way is counted");
        commit.get(10, TimeUnit.SECONDS);
        int[] writes = {0};
        assertThrows(GeoKgException.class, () -> commits.commit(1, () -> writes[0]++));
        assertEquals(0, writes[0], "no write after the stop");
        assertEquals(5, commits.articles());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
