package nl.goedgesprek.people.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import nl.goedgesprek.shared.Throttles;

/**
 * Keeps "wachtwoord vergeten" from becoming a way to flood someone's mailbox or the outbox, with
 * Bucket4j like the sign-in throttle: per address asked for, 3 links at once and then one every 20
 * minutes; per client address, 20 requests an hour. A request over the limit gets the same answer as
 * any other and sends nothing. Counted in {@link Throttles}: on PostgreSQL shared by all app nodes.
 */
@Component
class ResetThrottle {

	private final Throttles buckets;

	ResetThrottle(Throttles buckets) {
		this.buckets = buckets;
	}

	/** Takes one request for this address from this client; {@code false} when over either limit. */
	boolean allow(String email, String client) {
		String account = "reset-email:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
		if (!buckets.bucket("reset-client:" + client, ResetThrottle::perClient).tryConsume(1)) {
			return false;
		}
		return buckets.bucket(account, ResetThrottle::perAddress).tryConsume(1);
	}

	private static BucketConfiguration perAddress() {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(3).refillGreedy(1, Duration.ofMinutes(20)).build())
			.build();
	}

	private static BucketConfiguration perClient() {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofHours(1)).build())
			.build();
	}

}
