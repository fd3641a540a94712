package nl.goedgesprek.people.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Keeps "wachtwoord vergeten" from becoming a way to flood someone's mailbox or the outbox, with
 * Bucket4j like the sign-in throttle: per address asked for, 3 links at once and then one every 20
 * minutes; per client address, 20 requests an hour. A request over the limit gets the same answer as
 * any other and sends nothing. In memory, per instance (like {@code shell/SignInThrottle}).
 */
@Component
class ResetThrottle {

	static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	};

	/** Takes one request for this address from this client; {@code false} when over either limit. */
	boolean allow(String email, String client) {
		String account = "email:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
		synchronized (buckets) {
			Bucket byClient = bucket("client:" + client, ResetThrottle::perClient);
			if (!byClient.tryConsume(1)) {
				return false;
			}
			return bucket(account, ResetThrottle::perAddress).tryConsume(1);
		}
	}

	private Bucket bucket(String key, Supplier<Bucket> create) {
		return buckets.computeIfAbsent(key, k -> create.get());
	}

	private static Bucket perAddress() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(3).refillGreedy(1, Duration.ofMinutes(20)).build())
			.build();
	}

	private static Bucket perClient() {
		return Bucket.builder().addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofHours(1)).build()).build();
	}

}
