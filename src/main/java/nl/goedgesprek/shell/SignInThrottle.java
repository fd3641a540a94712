package nl.goedgesprek.shell;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import nl.goedgesprek.shared.Throttles;

/**
 * Slows down and then stops guessing passwords, with Bucket4j token buckets, without letting an
 * attacker lock a whole organisation out:
 * <ul>
 * <li><b>per account and address</b>: 3 tries at once, then one every 20 seconds, at most 10 in 15
 * minutes. Only the address that failed is held up, so someone guessing Sanne's password from
 * elsewhere does not lock Sanne out at her own desk;</li>
 * <li><b>per account</b>, over all addresses: after 20 failures in 15 minutes, addresses that already
 * failed on this account must wait too (a guess spread over many addresses); an address without a
 * failure on it still gets in;</li>
 * <li><b>per address</b>, over all accounts: 50 tries in 15 minutes (trying one password on many
 * accounts). Generous, since an office signs in from one address; a success gives its try back.</li>
 * </ul>
 * A successful sign-in clears the account's count for that address. The buckets are {@link Throttles}:
 * on PostgreSQL one count for all app nodes (a guesser gains nothing from a load balancer spreading
 * their tries), on the embedded H2 this node's own.
 */
@Component
class SignInThrottle {

	static final int ACCOUNT_FAILURES = 20;

	private final Throttles buckets;

	SignInThrottle(Throttles buckets) {
		this.buckets = buckets;
	}

	/**
	 * Takes one try for this account from this address.
	 * @return how long to wait first, when the try is refused
	 */
	Optional<Duration> attempt(String account, String address) {
		String pair = pair(account, address);
		if (buckets.exists(pair) && buckets.exists(accountKey(account))) {
			Bucket accountBucket = buckets.bucket(accountKey(account), SignInThrottle::perAccount);
			if (accountBucket.getAvailableTokens() <= 0) {
				return Optional.of(waitFor(accountBucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
			}
		}
		Bucket byAddress = buckets.bucket(addressKey(address), SignInThrottle::perAddress);
		ConsumptionProbe addressProbe = byAddress.tryConsumeAndReturnRemaining(1);
		if (!addressProbe.isConsumed()) {
			return Optional.of(waitFor(addressProbe.getNanosToWaitForRefill()));
		}
		ConsumptionProbe byPair = buckets.bucket(pair, SignInThrottle::perAccountAndAddress).tryConsumeAndReturnRemaining(1);
		if (!byPair.isConsumed()) {
			byAddress.addTokens(1);
			return Optional.of(waitFor(byPair.getNanosToWaitForRefill()));
		}
		return Optional.empty();
	}

	/** The password was wrong: it counts against the account, whichever address it came from. */
	void failed(String account) {
		buckets.bucket(accountKey(account), SignInThrottle::perAccount).consumeIgnoringRateLimits(1);
	}

	/** Signed in: this address starts afresh for this account and gets its try back. */
	void succeeded(String account, String address) {
		buckets.forget(pair(account, address));
		if (buckets.exists(addressKey(address))) {
			buckets.bucket(addressKey(address), SignInThrottle::perAddress).addTokens(1);
		}
	}

	private static BucketConfiguration perAccountAndAddress() {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(3).refillGreedy(1, Duration.ofSeconds(20)).build())
			.addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofMinutes(15)).build())
			.build();
	}

	private static BucketConfiguration perAccount() {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(ACCOUNT_FAILURES).refillGreedy(ACCOUNT_FAILURES, Duration.ofMinutes(15)).build())
			.build();
	}

	private static BucketConfiguration perAddress() {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(50).refillGreedy(50, Duration.ofMinutes(15)).build())
			.build();
	}

	private static Duration waitFor(long nanos) {
		return Duration.ofNanos(nanos).plusSeconds(1).withNanos(0);
	}

	static String normalise(String account) {
		return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
	}

	private static String pair(String account, String address) {
		return "signin-pair:" + normalise(account) + "|" + address;
	}

	private static String accountKey(String account) {
		return "signin-account:" + normalise(account);
	}

	private static String addressKey(String address) {
		return "signin-address:" + address;
	}

}
