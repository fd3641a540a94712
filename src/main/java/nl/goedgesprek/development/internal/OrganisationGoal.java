package nl.goedgesprek.development.internal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A koersdoel: one of the organisation's goals for a period. An aggregate of its own: HR members may
 * edit one at the same time, and {@link Version} turns the later save into an edit clash.
 */
public class OrganisationGoal {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String title;

	private String explanation;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private boolean active;

	@PersistenceCreator
	OrganisationGoal(Long id, Integer version, String title, String explanation, LocalDate periodStart,
			LocalDate periodEnd, boolean active) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.explanation = explanation;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.active = active;
	}

	/** A new, active goal. */
	static OrganisationGoal set(String title, String explanation, LocalDate start, LocalDate end) {
		return new OrganisationGoal(null, null, title, explanation, start, end, true);
	}

	void revise(String title, String explanation, LocalDate start, LocalDate end, boolean active) {
		this.title = title;
		this.explanation = explanation;
		this.periodStart = start;
		this.periodEnd = end;
		this.active = active;
	}

	public long id() {
		return id;
	}

	public int version() {
		return version;
	}

	public String title() {
		return title;
	}

	public String explanation() {
		return explanation;
	}

	public LocalDate periodStart() {
		return periodStart;
	}

	public LocalDate periodEnd() {
		return periodEnd;
	}

	public boolean active() {
		return active;
	}

}
