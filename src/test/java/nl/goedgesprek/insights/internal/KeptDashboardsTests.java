package nl.goedgesprek.insights.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept dashboard is shown again only under the versions it was computed from, and requests that
 * come while it is being computed wait for it instead of computing their own.
 */
class KeptDashboardsTests {

	private static final KeptDashboards.Key KEY = new KeptDashboards.Key(Scope.organisation(),
			Period.monthsBack(12, LocalDate.of(2026, 12, 3)), 6);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final KeptDashboards kept = new KeptDashboards(meters);

	private final AtomicInteger computed = new AtomicInteger();

	/** A thread per request, whatever the number of cores (the common pool may have only one or two). */
	private final java.util.concurrent.ExecutorService requests = java.util.concurrent.Executors.newCachedThreadPool();

	@org.junit.jupiter.api.AfterEach
	void stop() {
		requests.shutdownNow();
	}

	@Test
	void aDashboardIsShownAgainWhileItsVersionsStand() {
		Supplier<Optional<DataVersions.Versions>> versions = () -> Optional.of(new DataVersions.Versions(1, 2, 3));
		Dashboard first = kept.get(KEY, versions, this::compute);
		assertThat(kept.get(KEY, versions, this::compute)).isSameAs(first);
		assertThat(computed).hasValue(1);
		assertThat(meters.counter("goedgesprek.insights.dashboards", "result", "kept").count()).isEqualTo(1);
	}

	@Test
	void aMovedVersionComputesItAgain() {
		AtomicLong insights = new AtomicLong();
		Supplier<Optional<DataVersions.Versions>> versions = () -> Optional.of(new DataVersions.Versions(1, 2, insights.get()));
		Dashboard first = kept.get(KEY, versions, this::compute);
		insights.set(7);
		assertThat(kept.get(KEY, versions, this::compute)).isNotSameAs(first);
		assertThat(computed).hasValue(2);
	}

	@Test
	void withoutVersionsNothingIsKept() {
		Dashboard first = kept.get(KEY, Optional::empty, this::compute);
		assertThat(kept.get(KEY, Optional::empty, this::compute)).isNotSameAs(first);
		assertThat(computed).hasValue(2);
	}

	/** Nothing changes while it is computed: the requests that came meanwhile all take the one dashboard. */
	@Test
	void requestsThatComeWhileItIsComputedWaitForIt() throws Exception {
		var versions = counted(() -> new DataVersions.Versions(1, 2, 3));
		CountDownLatch release = new CountDownLatch(1);
		var first = computingUntil(release, versions);
		var others = List.of(request(versions), request(versions));
		untilTheOthersCameIn();
		assertThat(computed).as("the other two wait while the first computes").hasValue(0);
		release.countDown();
		Dashboard dashboard = first.get(5, TimeUnit.SECONDS);
		for (var other : others) {
			assertThat(other.get(5, TimeUnit.SECONDS)).isSameAs(dashboard);
		}
		assertThat(computed).hasValue(1);
	}

	/**
	 * The versions move all the time (a busy Monday). Two requests come while the first computes; after
	 * it, one of them computes again (the first's versions are older than both), and the other takes
	 * that one's dashboard, whose versions were read after it came: three requests, two computations,
	 * not three one after the other.
	 */
	@Test
	void underAStreamOfChangesTheWaitingRequestsDoNotComputeOneAfterTheOther() throws Exception {
		AtomicLong insights = new AtomicLong();
		var versions = counted(() -> new DataVersions.Versions(1, 2, insights.incrementAndGet()));
		CountDownLatch release = new CountDownLatch(1);
		var first = computingUntil(release, versions);
		var second = request(versions);
		var third = request(versions);
		untilTheOthersCameIn();
		release.countDown();
		Dashboard firstOne = first.get(5, TimeUnit.SECONDS);
		assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(third.get(5, TimeUnit.SECONDS)).isNotSameAs(firstOne);
		assertThat(computed).hasValue(2);
	}

	/** How often the versions were read. */
	private final AtomicInteger reads = new AtomicInteger();

	private Supplier<Optional<DataVersions.Versions>> counted(Supplier<DataVersions.Versions> versions) {
		return () -> {
			reads.incrementAndGet();
			return Optional.of(versions.get());
		};
	}

	/** A request that is computing its dashboard, and goes on when {@code release} opens. */
	private CompletableFuture<Dashboard> computingUntil(CountDownLatch release,
			Supplier<Optional<DataVersions.Versions>> versions) throws InterruptedException {
		CountDownLatch computing = new CountDownLatch(1);
		var request = CompletableFuture.supplyAsync(() -> kept.get(KEY, versions, () -> {
			computing.countDown();
			await(release);
			return compute();
		}), requests);
		assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
		return request;
	}

	private CompletableFuture<Dashboard> request(Supplier<Optional<DataVersions.Versions>> versions) {
		return CompletableFuture.supplyAsync(() -> kept.get(KEY, versions, this::compute), requests);
	}

	/** The first request read the versions twice (before and under the lock), the other two once each on coming in. */
	private void untilTheOthersCameIn() {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> reads.get() == 4);
	}

	private Dashboard compute() {
		computed.incrementAndGet();
		return new Dashboard(KEY.scope(), KEY.period(), 0, 6, Figure.of(0, 0), List.of(), List.of(), null, null, List.of(),
				List.of(), List.of(), List.of());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
