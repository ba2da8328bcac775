package org.awardsapi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Counts the SQL statements of every test context where the application makes them: its
 * {@link DataSource} bean is wrapped in a {@link Counting} data source, whose connections
 * count each statement prepared or created, whether Hibernate or a {@code JdbcTemplate}
 * makes it. {@link SqlStatements} reads the count. Registered in
 * {@code META-INF/spring.factories}; the customizer is the same for every test class, so
 * it does not split the contexts they share.
 */
class StatementCounting implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new WrapDataSource();
	}

	record WrapDataSource() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !(bean instanceof Counting))
							? new Counting(dataSource) : bean;
				}

			});
		}

	}

	/**
	 * A data source whose connections count the statements made on them.
	 */
	static final class Counting extends DelegatingDataSource {

		private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

		private final AtomicLong statements = new AtomicLong();

		Counting(DataSource target) {
			super(target);
		}

		long statements() {
			return this.statements.get();
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Counting.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (STATEMENTS.contains(method.getName())) {
							this.statements.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
