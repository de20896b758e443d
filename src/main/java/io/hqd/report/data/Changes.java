package io.hqd.report.data;

import java.util.List;

/** What changed since the last pack for the same region; {@code baseline} says against which pack. */
public record Changes(String baseline, List<ChangeRow> rows) {
}
