package nl.goedgesprek.conversations.web;

import nl.goedgesprek.shared.EditClash;


/**
 * For steps that only add to what is there (a tick, an acknowledgement, sharing what is on screen):
 * when someone else saved the same row a moment earlier, the step is simply done again on top of
 * theirs, each try in its own transaction. Other clashes are shown to the user instead.
 */
final class Retry {

	private static final int ATTEMPTS = 3;

	private Retry() {
	}

	static void onConflict(Runnable step) {
		for (int attempt = 1;; attempt++) {
			try {
				step.run();
				return;
			}
			catch (EditClash conflict) {
				if (attempt == ATTEMPTS) {
					throw conflict;
				}
			}
		}
	}

}
