package org.awardsapi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the API reads ({@code awards.limits.*}).
 *
 * @param maxBodyBytes the largest body of a write, such as a JSON document
 * @param maxImportBytes the largest body of {@code POST /api/imports} (DLu's whole
 * {@code oscars.csv} is about 2 MB)
 */
@ConfigurationProperties("awards.limits")
record BodyLimits(@DefaultValue("1MB") DataSize maxBodyBytes, @DefaultValue("20MB") DataSize maxImportBytes) {

	long bytesFor(String path) {
		boolean imports = path.equals("/api/imports") || path.startsWith("/api/imports/");
		return (imports ? this.maxImportBytes : this.maxBodyBytes).toBytes();
	}

}
