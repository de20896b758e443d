package io.hqd.jobs;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.CatalogLoader;
import io.hqd.evaluate.EvaluateJobConfig;
import io.hqd.home.HqdHome;
import io.hqd.ingest.IngestJobConfig;
import io.hqd.report.ReportJobConfig;
import io.hqd.report.ReportStage;
import io.hqd.report.pdf.PackPdfRenderer;
import io.hqd.report.pdf.Templates;
import io.hqd.run.ReferenceStepConfig;
import io.hqd.run.RunHistoryListener;
import io.hqd.run.RunParametersConfig;
import io.hqd.run.StepProgressLog;
import io.hqd.warehouse.Warehouse;

/**
 * The Spring context of one hqd home: the DuckDB warehouse, the Spring Batch job repository
 * (a small H2 file beside it, because DuckDB cannot serve as a Batch database), the catalog,
 * and every job under {@code io.hqd}.
 */
@SpringBootConfiguration
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "batchDataSource", transactionManagerRef = "batchTransactionManager")
// Named, not scanned: scanning read every class file under io.hqd at each start. The web side (io.hqd.web) joins
// only the context `hqd serve` starts; every other command stays non-web. HqdContextTest checks the list is whole.
@Import({IngestJobConfig.class, EvaluateJobConfig.class, ReportJobConfig.class, NightlyJobConfig.class,
        ReportStage.class, PackPdfRenderer.class, Templates.class,
        ReferenceStepConfig.class, RunParametersConfig.class, RunHistoryListener.class, StepProgressLog.class})
public class HqdApplication {

    @Bean
    HqdHome home(@Value("${hqd.home}") String home) {
        return new HqdHome(Path.of(home)).ensureLayout();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean(destroyMethod = "close")
    Warehouse warehouse(HqdHome home) {
        return Warehouse.open(home.warehouseFile());
    }

    @Bean
    DSLContext dsl(Warehouse warehouse) {
        return warehouse.dsl();
    }

    /** Steps that write the warehouse commit through this manager (the step's chunk = one transaction). */
    @Bean
    PlatformTransactionManager warehouseTransactionManager(Warehouse warehouse) {
        return new DataSourceTransactionManager(warehouse.dataSource());
    }

    /**
     * The run history's H2 database, through H2's own pool: with a plain data source every call of the job
     * repository opened the database file again (listing its folder, reading the store, starting its threads)
     * and closed it with the last connection, dozens of times per run. The pool keeps it open until the
     * application closes, when {@code dispose} closes it cleanly. WRITE_DELAY=0 writes each commit to the file at
     * once (H2 would otherwise hold it up to half a second), so a run killed in the middle keeps every step it
     * finished, as when each call closed the file, and {@code hqd restart} continues after them. Opened after the
     * warehouse, so a command started while another process (hqd serve, a nightly) holds both says so in Chinese
     * (exit 3) instead of meeting H2's locked file first.
     */
    @Bean(destroyMethod = "dispose")
    @DependsOn("warehouse")
    JdbcConnectionPool batchDataSource(HqdHome home) {
        JdbcConnectionPool ds = JdbcConnectionPool.create("jdbc:h2:file:" + home.batchMetadata() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "sa", "");
        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-h2.sql"));
        schema.setContinueOnError(true); // tables exist after the first run
        schema.execute(ds);
        return ds;
    }

    @Bean
    PlatformTransactionManager batchTransactionManager(DataSource batchDataSource) {
        return new DataSourceTransactionManager(batchDataSource);
    }

    /** The home's editable catalog when it has one, else the catalog shipped with hqd. */
    @Bean
    Catalog catalog(HqdHome home) {
        return CatalogLoader.load(home.catalog());
    }
}
