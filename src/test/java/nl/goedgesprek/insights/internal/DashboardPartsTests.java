package nl.goedgesprek.insights.internal;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A dashboard's parts read in the caller's transaction when there is one, and side by side when not. */
class DashboardPartsTests {

	private final DashboardParts parts = new DashboardParts();

	@AfterEach
	void stop() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
		parts.stop();
	}

	@Test
	void withoutATransactionAPartRunsOnAThreadOfItsOwn() {
		Thread caller = Thread.currentThread();
		assertThat(CompletableFuture.supplyAsync(Thread::currentThread, parts).join()).isNotSameAs(caller);
	}

	@Test
	void withinATransactionEveryPartRunsOnTheCallersThreadSoItSeesWhatTheTransactionSees() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		Thread caller = Thread.currentThread();
		var first = CompletableFuture.supplyAsync(Thread::currentThread, parts);
		var then = first.thenApplyAsync(thread -> Thread.currentThread(), parts);
		assertThat(first.join()).isSameAs(caller);
		assertThat(then.join()).isSameAs(caller);
	}

	/** A page still being built while the node stops gets its parts, on its own thread, instead of waiting for ever. */
	@Test
	void onceStoppingEveryPartRunsOnTheCallersThread() {
		parts.stop();
		Thread caller = Thread.currentThread();
		assertThat(CompletableFuture.supplyAsync(Thread::currentThread, parts).orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
			.join()).isSameAs(caller);
	}

}
