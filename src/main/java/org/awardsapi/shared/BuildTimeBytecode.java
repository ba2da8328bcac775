package org.awardsapi.shared;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.enhance.spi.EnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.bytecode.spi.ProxyFactoryFactory;
import org.hibernate.bytecode.spi.ReflectionOptimizer;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.engine.spi.ManagedMappedSuperclass;
import org.hibernate.property.access.spi.PropertyAccess;
import org.hibernate.service.spi.ServiceContributor;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate without classes made at run time. The entities are enhanced when the project
 * is built (pom.xml: Hibernate's enhancement task over every class annotated
 * {@code @Entity}, {@code @Embeddable} or {@code @MappedSuperclass}): they track their
 * own changes and load their lazy state themselves. This bytecode provider, in place of
 * ByteBuddy's, makes no lazy-loading proxy class, no instantiator or accessor class and
 * no enhancer for the JPA class transformer, which Spring discards anyway (it has no
 * load-time weaver). A start loads 1,035 classes fewer (ByteBuddy's among them) and takes
 * about 0.4 s less (docs/benchmarks.md, item 30).
 * <p>
 * An entity left out of the build-time enhancement would need a proxy to be referenced
 * lazily, and Hibernate refuses to make one here: {@code BuildTimeBytecodeTest} checks
 * that every entity is enhanced. Classes compiled without the enhancement (an IDE's own
 * build) keep Hibernate's ByteBuddy provider, as before.
 */
public final class BuildTimeBytecode implements BytecodeProvider {

	static final BuildTimeBytecode INSTANCE = new BuildTimeBytecode();

	/**
	 * Whether the build enhanced the entities: a build that skipped Maven's
	 * {@code process-classes} phase (an IDE's own) leaves them as compiled, and Hibernate
	 * then keeps its ByteBuddy provider.
	 */
	static final boolean ENHANCED = ManagedMappedSuperclass.class.isAssignableFrom(AbstractEntity.class);

	/**
	 * Hibernate's provider of no generated classes at all (reflection, no proxies), from
	 * its internal package: an upgrade that moves it fails the build.
	 */
	private final BytecodeProvider none = new org.hibernate.bytecode.internal.none.BytecodeProviderImpl();

	private BuildTimeBytecode() {
	}

	@Override
	public ProxyFactoryFactory getProxyFactoryFactory() {
		return this.none.getProxyFactoryFactory();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public ReflectionOptimizer getReflectionOptimizer(Class clazz, String[] getterNames, String[] setterNames,
			Class[] types) {
		return this.none.getReflectionOptimizer(clazz, getterNames, setterNames, types);
	}

	@Override
	public ReflectionOptimizer getReflectionOptimizer(Class<?> clazz, Map<String, PropertyAccess> propertyAccessMap) {
		return this.none.getReflectionOptimizer(clazz, propertyAccessMap);
	}

	/**
	 * An enhancer that changes nothing: the classes were enhanced at build time.
	 */
	@Override
	public Enhancer getEnhancer(EnhancementContext enhancementContext) {
		return new Enhancer() {

			@Override
			public byte[] enhance(String className, byte[] originalBytes) {
				return null;
			}

			@Override
			public void discoverTypes(String className, byte[] originalBytes) {
			}

		};
	}

	/**
	 * Makes the provider Hibernate's service (found by Java's {@code ServiceLoader}:
	 * {@code META-INF/services}), in every persistence unit of the app and its tests.
	 */
	public static final class Contributor implements ServiceContributor {

		@Override
		public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
			if (ENHANCED) {
				serviceRegistryBuilder.addService(BytecodeProvider.class, INSTANCE);
			}
		}

	}

	/**
	 * Gives the provider to the JPA class transformer too, which Hibernate builds from
	 * the persistence unit's settings rather than from its services.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Settings {

		@Bean
		HibernatePropertiesCustomizer buildTimeBytecode() {
			return (properties) -> {
				if (ENHANCED) {
					properties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, INSTANCE);
				}
			};
		}

	}

}
