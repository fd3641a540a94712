package nl.goedgesprek.people;

/**
 * No person with that id, or none the current user may see. Both answer 404, so that guessing ids
 * tells nobody which people exist.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class PersonNotFoundException extends RuntimeException {

	public PersonNotFoundException(Object id) {
		super("No visible person " + id);
	}

}
