package io.hqd.web;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** /actuator/health answers DOWN when the warehouse cannot be read. */
@Component("warehouseHealthIndicator")
public class WarehouseHealth extends AbstractHealthIndicator {
    private final WebDatabase db;
    private final JobRunner runner;

    public WarehouseHealth(WebDatabase db, JobRunner runner) {
        this.db = db;
        this.runner = runner;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        db.dsl().selectOne().fetch();
        builder.up().withDetail("running", runner.running() == null ? "无" : runner.running());
    }
}
