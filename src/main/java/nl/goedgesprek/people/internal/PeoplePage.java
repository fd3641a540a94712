package nl.goedgesprek.people.internal;

import java.util.List;

import nl.goedgesprek.people.Person;

/**
 * One page of people from a search.
 * @param page counted from 0
 * @param total how many people the search found in all
 */
public record PeoplePage(List<Person> people, long total, int page, int size) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	/** The position of the first person on this page, counted from 1. */
	public long first() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long last() {
		return Math.min(total, (long) (page + 1) * size);
	}

	/** Whether there is more than this page. */
	public boolean paged() {
		return total > size;
	}

}
