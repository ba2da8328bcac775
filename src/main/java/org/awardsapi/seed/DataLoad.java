package org.awardsapi.seed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A record that a data set (the seed, an import) was loaded, with the checksum of what
 * was loaded, so that loading the same data again is skipped.
 */
@Entity
@Table(name = "data_load")
public class DataLoad {

	@Id
	@Column(length = 120)
	private String name;

	@Column(nullable = false, length = 64)
	private String checksum;

	@Column(name = "loaded_at", nullable = false)
	private Instant loadedAt;

	protected DataLoad() {
	}

	public DataLoad(String name, String checksum) {
		this.name = name;
		this.checksum = checksum;
		this.loadedAt = Instant.now();
	}

	public void reloaded(String checksum) {
		this.checksum = checksum;
		this.loadedAt = Instant.now();
	}

	public String getName() {
		return this.name;
	}

	public String getChecksum() {
		return this.checksum;
	}

	public Instant getLoadedAt() {
		return this.loadedAt;
	}

}
