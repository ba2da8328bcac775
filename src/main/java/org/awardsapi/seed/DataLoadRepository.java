package org.awardsapi.seed;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataLoadRepository extends JpaRepository<DataLoad, String> {

}
