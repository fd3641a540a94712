package nl.goedgesprek.followup.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.people.EmployeeId;

public interface NotificationRepository extends ListCrudRepository<Notification, Long> {

	@Query("select * from notification where recipient_id = :recipient order by id desc fetch first 50 rows only")
	List<Notification> findTop50ByRecipientIdOrderByIdDesc(EmployeeId recipient);

	@Query("select count(*) from notification where recipient_id = :recipient and read_at is null")
	int countUnread(Long recipient);

}
