package nl.goedgesprek.development.internal;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationGoalRepository extends ListCrudRepository<OrganisationGoal, Long> {
}
