package nl.goedgesprek.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Token buckets (Bucket4j) for the throttles (sign-in, "wachtwoord vergeten"), kept where every app
 * node sees the same count: on PostgreSQL in the table {@code throttle_bucket} (each step one short
 * transaction that locks the bucket's row), so an attacker gains nothing by spreading guesses over
 * the nodes behind a load balancer. On the embedded H2, which only one node can open, in this node's
 * memory (at most {@value #MAX_LOCAL} buckets, the least recently used go first). A key is stored as
 * its SHA-256, so the table names no account and no address.
 */
@Component
public class Throttles {

	static final int MAX_LOCAL = 100_000;

	private static final Logger log = LoggerFactory.getLogger(Throttles.class);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

	private final Map<String, Bucket> local = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_LOCAL;
		}
	};

	public Throttles(DataSource dataSource) {
		this.shared = onPostgres(dataSource) ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("throttle_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			// a bucket that has filled up again is the same as none: the row may go a minute later
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build() : null;
	}

	/** Whether the buckets are shared by every node (PostgreSQL) or this node's own (H2). */
	public boolean shared() {
		return shared != null;
	}

	/** The bucket for this key, made with this configuration when there is none yet. */
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		if (shared != null) {
			return shared.builder().build(hash(key), configuration);
		}
		synchronized (local) {
			return local.computeIfAbsent(key, k -> {
				LocalBucketBuilder builder = Bucket.builder();
				for (Bandwidth limit : configuration.get().getBandwidths()) {
					builder.addLimit(limit);
				}
				return builder.build();
			});
		}
	}

	/** Whether a bucket exists for this key (something was counted and has not been forgotten or expired). */
	public boolean exists(String key) {
		if (shared != null) {
			return shared.getProxyConfiguration(hash(key)).isPresent();
		}
		synchronized (local) {
			return local.containsKey(key);
		}
	}

	/** Forgets what was counted for this key. */
	public void forget(String key) {
		if (shared != null) {
			shared.removeProxy(hash(key));
			return;
		}
		synchronized (local) {
			local.remove(key);
		}
	}

	/** Removes buckets that have filled up again; one node per turn. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "shared.throttle-buckets", lockAtMostFor = "PT5M")
	void removeFullBuckets() {
		if (shared != null) {
			int removed;
			do {
				removed = shared.removeExpired(1000);
			}
			while (removed == 1000);
		}
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean onPostgres(DataSource dataSource) {
		try {
			return Databases.isPostgres(dataSource);
		}
		catch (SQLException e) {
			log.warn("Could not tell the database; throttles count in this node's memory", e);
			return false;
		}
	}

}
