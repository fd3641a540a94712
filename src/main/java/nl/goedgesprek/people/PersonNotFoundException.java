package nl.goedgesprek.people;

/**
 * No person with that id, or none the current user may see. Both answer 404, so that guessing ids
 * tells nobody which people exist.
 */
public class PersonNotFoundException extends RuntimeException {

	public PersonNotFoundException(Object id) {
		super("No visible person " + id);
	}

}
