package nl.goedgesprek.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module contributes to a person's to-do list. Each module that has something for people to
 * do implements this as a bean, from its own data; the shell collects every source
 * ({@code List<ToDoSource>}), so no module reads another's tables. The person is given by the value
 * of their {@code EmployeeId} ({@code shared} knows no people).
 */
public interface ToDoSource {

	/** What waits on this person today; empty when nothing does. */
	List<ToDo> toDosOf(long person, LocalDate today);

}
