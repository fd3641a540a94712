package nl.goedgesprek.shared;

import java.util.List;

/**
 * One page of a long list (an organisation can have 20,000 people), with how many there are in all.
 * @param page counted from 0
 */
public record Page<T>(List<T> items, long total, int page, int size) {

	/** The page of a list that is already in memory; a page past the end shows the last one. */
	public static <T> Page<T> of(List<T> all, int page, int size) {
		int shown = clamp(page, all.size(), size);
		return new Page<>(all.subList(Math.min(all.size(), shown * size), Math.min(all.size(), (shown + 1) * size)),
				all.size(), shown, size);
	}

	/** The page number to show for this request: never below 0, never past the last page. */
	public static int clamp(int page, long total, int size) {
		return (int) Math.min(Math.max(0, page), Math.max(0, (total - 1) / size));
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	/** The position of the first item on this page, counted from 1. */
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
