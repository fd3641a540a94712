package nl.goedgesprek.development.internal;

import org.springframework.data.repository.ListCrudRepository;

interface DevelopmentGoalRepository extends ListCrudRepository<DevelopmentGoal, Long> {
}
