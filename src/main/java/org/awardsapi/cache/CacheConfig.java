package org.awardsapi.cache;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled refresh of the {@link DataVersion}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CacheConfig {

}
