package nl.goedgesprek.insights.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The dashboards computed last, each with the {@link DataVersions} read before it was computed. One is
 * shown again only while those versions stand, so every node shows what the database holds; a node
 * keeps at most {@link #LIMIT} of them, the least recently shown going first.
 * <p>
 * One dashboard is computed by one request at a time: after a change, the HR users who ask for it
 * meanwhile wait for that request's dashboard instead of each computing their own (a dozen queries over
 * every team's totals each), and take it when it is at least as new as what they would have computed
 * ({@link #get}).
 */
final class KeptDashboards {

	/** An organisation's dashboard with 800 teams is a few hundred kilobytes; this is a few megabytes. */
	static final int LIMIT = 64;

	record Key(Scope scope, Period period, int checkInWeeks) {
	}

	/** A dashboard, the versions read before it was computed, and when they were read ({@link System#nanoTime}). */
	private record Kept(DataVersions.Versions versions, Dashboard dashboard, long readAt) {
	}

	private final Map<Key, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > LIMIT;
		}
	});

	/** One lock per stripe of keys: two different dashboards seldom wait for each other. */
	private final Object[] stripes = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

	private final Counter shownAgain;

	private final Counter computed;

	KeptDashboards(MeterRegistry meters) {
		this.shownAgain = Counter.builder("goedgesprek.insights.dashboards")
			.tag("result", "kept")
			.description("Dashboards shown again because nothing they count changed, or computed anew")
			.register(meters);
		this.computed = Counter.builder("goedgesprek.insights.dashboards").tag("result", "computed").register(meters);
	}

	/**
	 * The dashboard kept under the versions read now, or one computed now and kept with them. Without
	 * versions ({@code versions} empty: H2, or inside a transaction) it is computed and not kept.
	 * <p>
	 * A request that had to wait while another computed the same dashboard takes that one when its
	 * versions were read after this request came in: it is at least as new as what this request would
	 * have computed. So after a change each waiting request computes at most once, and under a stream of
	 * changes they do not compute one after the other.
	 */
	Dashboard get(Key key, Supplier<java.util.Optional<DataVersions.Versions>> versions, Supplier<Dashboard> compute) {
		long arrived = System.nanoTime();
		var seen = versions.get();
		if (seen.isEmpty()) {
			computed.increment();
			return compute.get();
		}
		Dashboard found = found(key, seen.get());
		if (found != null) {
			return found;
		}
		synchronized (stripes[Math.floorMod(key.hashCode(), stripes.length)]) {
			Kept meanwhile = kept.get(key);
			if (meanwhile != null && meanwhile.readAt() - arrived >= 0) {
				shownAgain.increment();
				return meanwhile.dashboard();
			}
			long readAt = System.nanoTime();
			var now = versions.get();
			found = now.isEmpty() ? null : found(key, now.get());
			if (found != null) {
				return found;
			}
			computed.increment();
			Dashboard dashboard = compute.get();
			now.ifPresent(read -> kept.put(key, new Kept(read, dashboard, readAt)));
			return dashboard;
		}
	}

	private Dashboard found(Key key, DataVersions.Versions versions) {
		Kept found = kept.get(key);
		if (found != null && found.versions().equals(versions)) {
			shownAgain.increment();
			return found.dashboard();
		}
		return null;
	}

}
