package org.awardsapi.shared;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.awardsapi.ApiIntegrationTest;
import org.hibernate.cfg.BytecodeSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entities are enhanced at build time and Hibernate makes no class at run time
 * ({@link BuildTimeBytecode}): an entity the build left alone would fail at its first
 * lazy reference, so every entity of the metamodel is checked here. The whole
 * application, so that its settings (for the JPA class transformer) are the ones checked.
 */
@ApiIntegrationTest
class BuildTimeBytecodeTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void everyEntityIsEnhancedAtBuildTime() {
		assertThat(this.entityManagerFactory.getMetamodel().getEntities()).hasSizeGreaterThan(10)
			.map(ManagedType::getJavaType)
			.allSatisfy((type) -> assertThat(type).isAssignableTo(ManagedEntity.class)
				.isAssignableTo(PersistentAttributeInterceptable.class)
				.isAssignableTo(SelfDirtinessTracker.class));
	}

	@Test
	void hibernateUsesTheProviderThatMakesNoClasses() {
		BytecodeProvider provider = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(BytecodeProvider.class);
		assertThat(provider).isSameAs(BuildTimeBytecode.INSTANCE);
	}

	@Test
	void theJpaClassTransformerIsGivenTheSameProvider() {
		assertThat(this.entityManagerFactory.unwrap(SessionFactoryImplementor.class).getProperties())
			.containsEntry(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, BuildTimeBytecode.INSTANCE);
	}

}
