package nl.goedgesprek.people.internal;

/**
 * Someone else saved the same record since this user opened it. The user's edit is not applied; the
 * page shows both what they typed and what is stored now.
 */
public class EditConflictException extends RuntimeException {

	public EditConflictException() {
		super("The record was changed by someone else");
	}

}
