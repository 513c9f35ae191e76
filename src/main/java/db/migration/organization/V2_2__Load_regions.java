package db.migration.organization;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the GB/T 2260 region table from the shipped data file (source and date in
 * {@code data/regions/SOURCE.md}) with PostgreSQL COPY, streamed, in the migration's transaction.
 */
public class V2_2__Load_regions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        CopyManager copy = context.getConnection().unwrap(PGConnection.class).getCopyAPI();
        try (Reader csv = new InputStreamReader(
                getClass().getResourceAsStream("/data/regions/gb2260.csv"), StandardCharsets.UTF_8)) {
            copy.copyIn("copy region (code, parent_code, level, name_zh_cn, name_zh_tw, name_en) "
                    + "from stdin with (format csv, header true)", csv);
        }
    }
}
