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
 * keeps at most {@link #LIMIT} of them, the least recently shown going first. Two requests that find
 * none may both compute it; the one that finishes last is kept, and one computed from older versions
 * is simply computed again when it is next asked for.
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

	/** The dashboard kept under {@code versions}, or {@code compute}'s, which is then kept. */
	Dashboard get(Key key, DataVersions.Versions versions, Supplier<Dashboard> compute) {
		Kept found = kept.get(key);
		if (found != null && found.versions().equals(versions)) {
			shownAgain.increment();
			return found.dashboard();
		}
		computed.increment();
		Dashboard dashboard = compute.get();
		kept.put(key, new Kept(versions, dashboard));
		return dashboard;
	}

}
