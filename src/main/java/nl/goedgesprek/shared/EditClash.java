package nl.goedgesprek.shared;

/**
 * Someone else saved the same thing first (a stale version). The one clash type of every module:
 * nothing was written, and the user's own text must be kept and shown beside what is stored now.
 */
public class EditClash extends RuntimeException {

	public EditClash() {
		super("Saved by someone else in the meantime");
	}

}
