package nl.goedgesprek.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need PostgreSQL or Chromium may skip on a developer's machine without them, with a clear
 * message; on CI ({@code CI=true}) they must run, so a missing service fails the build instead.
 */
public final class TestEnvironment {

	private TestEnvironment() {
	}

	public static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	public static void require(boolean available, String what) {
		if (available) {
			return;
		}
		if (onCi()) {
			throw new IllegalStateException(what + " is not available, and CI=true: these tests must run on CI.");
		}
		String reason = what + " is not available on this machine; skipping (they run on CI).";
		// Said out loud as well: a whole class skipped before its first test shows in Surefire's
		// summary as "Tests run: 0", without the reason.
		System.err.println("SKIPPED: " + reason);
		Assumptions.abort(reason);
	}

}
