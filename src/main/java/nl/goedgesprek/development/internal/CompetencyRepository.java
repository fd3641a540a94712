package nl.goedgesprek.development.internal;

import org.springframework.data.repository.ListCrudRepository;

interface CompetencyRepository extends ListCrudRepository<Competency, Long> {
}
