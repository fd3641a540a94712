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
		Assumptions.abort(what + " is not available on this machine; skipping (they run on CI).");
	}

}
