package nl.goedgesprek.development.internal;

import org.springframework.data.repository.ListCrudRepository;

interface PlanGoalRepository extends ListCrudRepository<PlanGoal, Long> {
}
