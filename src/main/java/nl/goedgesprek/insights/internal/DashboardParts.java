package nl.goedgesprek.insights.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a dashboard's parts run. Outside a transaction (a page request) they run side by side on a
 * small pool of their own, so the page waits for the slowest part, not for their sum. Inside a
 * transaction they run on the caller's thread, so every part reads what that transaction sees: a part
 * on another thread would read only what is committed, and one dashboard would mix two states (a
 * caller's own unsaved conversation counted in one figure and not in the next).
 * <p>
 * The pool has no queue: when every thread is busy with other people's dashboards, the request's own
 * thread runs the part (caller runs). A fixed pool of 4 with a queue made every HR user wait behind
 * everyone else's parts, so the whole application computed at most four parts at a time and
 * dashboards stopped getting through faster beyond 8 concurrent users, while connections and request
 * threads stood idle. Eight threads leave room in the connection pool for the request threads.
 */
final class DashboardParts implements Executor {

	private final ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 8, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
			runnable -> {
				Thread thread = new Thread(runnable, "insights-dashboard");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.CallerRunsPolicy());

	/**
	 * Also on the caller's thread once the node is stopping: the pool then takes no more parts, and a
	 * part it dropped would leave the page waiting for ever.
	 */
	@Override
	public void execute(Runnable part) {
		if (TransactionSynchronizationManager.isActualTransactionActive() || pool.isShutdown()) {
			part.run();
		}
		else {
			pool.execute(part);
		}
	}

	void stop() {
		pool.shutdownNow();
	}

}
