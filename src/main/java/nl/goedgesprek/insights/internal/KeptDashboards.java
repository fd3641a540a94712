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
 * every team's totals each). The waiting ones read the versions again, so they never take a dashboard
 * older than what they would have computed.
 */
final class KeptDashboards {

	/** An organisation's dashboard with 800 teams is a few hundred kilobytes; this is a few megabytes. */
	static final int LIMIT = 64;

	record Key(Scope scope, Period period, int checkInWeeks) {
	}

	private record Kept(DataVersions.Versions versions, Dashboard dashboard) {
	}

	private final Map<Key, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > LIMIT;
		}
	});

	private final Counter shownAgain;

	private final Counter computed;

	KeptDashboards(MeterRegistry meters) {
		this.shownAgain = Counter.builder("goedgesprek.insights.dashboards")
			.tag("result", "kept")
			.description("Dashboards shown again because nothing they count changed, or computed anew")
			.register(meters);
		this.computed = Counter.builder("goedgesprek.insights.dashboards").tag("result", "computed").register(meters);
	}

	/** One lock per stripe of keys: a few dozen dashboards at most compute at once. */
	private final Object[] stripes = new Object[16];

	{
		java.util.Arrays.setAll(stripes, i -> new Object());
	}

	/**
	 * The dashboard kept under {@code seen} (the versions just read), or the one computed now, which is
	 * then kept with the versions read just before it ({@code versions}).
	 */
	Dashboard get(Key key, DataVersions.Versions seen, Supplier<java.util.Optional<DataVersions.Versions>> versions,
			Supplier<Dashboard> compute) {
		Dashboard found = found(key, seen);
		if (found != null) {
			return found;
		}
		synchronized (stripes[Math.floorMod(key.hashCode(), stripes.length)]) {
			var now = versions.get();
			found = now.isEmpty() ? null : found(key, now.get());
			if (found != null) {
				return found;
			}
			computed.increment();
			Dashboard dashboard = compute.get();
			now.ifPresent(read -> kept.put(key, new Kept(read, dashboard)));
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
