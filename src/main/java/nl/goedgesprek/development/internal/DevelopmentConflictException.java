package nl.goedgesprek.development.internal;

/** Someone else saved the same thing first; nothing was overwritten. */
public class DevelopmentConflictException extends RuntimeException {

	public DevelopmentConflictException() {
		super("Someone else saved this first");
	}

}
